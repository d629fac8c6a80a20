/**
 * A given name reads some characters as names use them, not as the context model's commonest
 * reading: 燕 is yàn "swallow" in 王燕, 郭燕红, 李海燕, while the model, trained on text where 燕 is
 * the old state or the surname (燕国, 燕京, 燕姓), reads yān. Applied to a word of two or three
 * characters that the segmenter tagged as a person's name or guessed (nr, x), that opens with a
 * surname, to the characters after the surname; the surname itself is surname-readings.ts's.
 * So are the names a story calls a person by once it has given the full name: 小 or 阿 + one
 * given character (小燕, 阿燕) and a doubled given character (燕燕), to every given character.
 * Not the states of the Sixteen Kingdoms, a direction or 前/后 and 燕 (前燕, 后燕, 南燕, 北燕, 西燕: yān in
 * CC-CEDICT), which jieba tags nr and whose first character is a surname too (session 29: CPP dev's 后燕宗室,
 * 南燕献武帝 read yàn with a model trained on them).
 * Session 32, the pipeline CV's tail on CPP dev: 侗 is tóng in a given name (杨侗, 李继侗, 周侗; CC-CEDICT's
 * tong2 "ignorant, sincere", the sense names take), where the model, trained on 侗族, 侗寨, reads the Dong
 * people dòng (4 CV errors); 覃 is tán "deep" in a given name (毛泽覃; 2 CV errors), Qín only as the surname
 * opening the name, which this rule does not touch. Not a 侗 that goes on, in its word or the next, into what
 * marks the Dong people (侗族, 侗寨, 侗家, 侗语 …: jieba's 杨侗族/nr in 杨侗族人世代居住…).
 */
import { SURNAMES } from '../segment/name-characters';

const GIVEN_NAME_READINGS: Readonly<Record<string, string>> = { 燕: 'yan4', 侗: 'tong2', 覃: 'tan2' };
/** What follows the Dong people's 侗 (侗族, 侗寨, 侗家, 侗语, 侗乡, 侗歌, 侗戏, 侗锦, 侗布). */
const DONG_NEXT = /^[族寨家语乡歌戏锦布]/u;
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
const FAMILIAR = new Set(['小', '阿']);
const YAN_STATES = /^[前后南北西]燕$/u;

/** Where the given name starts in `word`, or -1 when it is no name of these shapes. */
function givenNameStart(word: string): number {
  if (word.length === 2 && (FAMILIAR.has(word[0]!) || word[0] === word[1])) return FAMILIAR.has(word[0]!) ? 1 : 0;
  if (YAN_STATES.test(word)) return -1;
  return word.length <= 3 && SURNAMES.has(word[0]!) ? 1 : -1;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyGivenNameReadings(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const start = word.length < 2 || !NAME_TAGS.has(tags[w] ?? '') ? -1 : givenNameStart(word);
    if (start < 0) continue;
    for (let k = start; k < word.length; k++) {
      const reading = GIVEN_NAME_READINGS[word[k]!];
      if (word[k] === '侗' && DONG_NEXT.test(word.slice(k + 1) || (words[w + 1] ?? ''))) continue;
      if (reading && readings[w]![k]) readings[w]![k] = reading;
    }
  }
}
