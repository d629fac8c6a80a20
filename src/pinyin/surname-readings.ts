/**
 * A person's name reads its surname as a surname (仇先生 Qiú, 单雄信 Shàn, 曾国藩 Zēng), which the
 * context model, trained on few names, does not know. Applied to words the segmenter tags as a
 * person's name (nr) of three characters or more, where jieba's name tags are reliable (it tags
 * some two-character words nr that are no names).
 */
import type { ModelHeader } from './model';

export function applySurnameReadings(
  header: ModelHeader,
  words: readonly string[],
  readings: string[][],
  tags: readonly string[] | undefined,
): void {
  const surnames = header.surnames;
  if (!surnames || !tags) return;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (tags[w] !== 'nr' || word.length < 3) continue;
    const reading = surnames[word[0]!];
    if (reading && readings[w]![0]) readings[w]![0] = reading;
  }
}
