/**
 * A given name reads some characters as names use them, not as the context model's commonest
 * reading: 燕 is yàn "swallow" in 王燕, 郭燕红, 李海燕, while the model, trained on text where 燕 is
 * the old state or the surname (燕国, 燕京, 燕姓), reads yān. Applied to a word of two or three
 * characters that the segmenter tagged as a person's name or guessed (nr, x), that opens with a
 * surname, to the characters after the surname; the surname itself is surname-readings.ts's.
 */
import { SURNAMES } from '../segment/name-characters';

const GIVEN_NAME_READINGS: Readonly<Record<string, string>> = { 燕: 'yan4' };
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyGivenNameReadings(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.length < 2 || word.length > 3 || !NAME_TAGS.has(tags[w] ?? '') || !SURNAMES.has(word[0]!)) continue;
    for (let k = 1; k < word.length; k++) {
      const reading = GIVEN_NAME_READINGS[word[k]!];
      if (reading && readings[w]![k]) readings[w]![k] = reading;
    }
  }
}
