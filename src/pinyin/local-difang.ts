/**
 * 地方 has two words in CC-CEDICT: dìfang "place" (这个地方, 什么地方) and dìfāng "local" (地方政府,
 * 地方财政, 中央和地方). The neutral-tone layer reads every 地方 as the place; where it modifies the
 * noun or activity straight after it, it is "local" and keeps its full tone.
 *
 * Left alone: 地方 after a word that makes it a place (这个, 一些, 很多 …), after 的, where a clause
 * mostly describes the place (最需要的地方|工作, 安静的地方|钓鱼; 上海的地方立法 is missed), and 地方
 * before a function word, a word of one character or punctuation (选择这个地方，).
 */
const PLACE_BEFORE: ReadonlySet<string> = new Set([
  ...['这', '那', '哪', '这个', '那个', '哪个', '这些', '那些', '哪些', '什么', '个', '些', '一个', '一些', '有些'],
  ...['很多', '许多', '好多', '不少', '每个', '某个', '某些', '几个', '任何', '别的', '有的', '同一'],
  ...['的', '找', '有', '没', '没有', '换', '缺', '占'], // 找地方休息, 没有地方停车
]);
/**
 * Tags of what 地方 cannot modify: pronouns, numbers, measures, prepositions, conjunctions, particles,
 * localisers, times. Not adverbs: jieba tags some nouns it pairs with 地方 so (立法/d), and a
 * two-character adverb after a bare 地方 is rare.
 */
const NOT_MODIFIED = /^(?:r|m|q|p|c|u|y|e|x|f|t)/;
const HAN = /^\p{Script=Han}{2,}$/u;

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyLocalDifang(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length - 1; w++) {
    if (words[w] !== '地方' || readings[w]![1] !== 'fang5' || PLACE_BEFORE.has(words[w - 1] ?? '')) continue;
    const next = words[w + 1]!;
    const tag = tags[w + 1] ?? '';
    if (HAN.test(next) && !NOT_MODIFIED.test(tag)) readings[w]![1] = 'fang1';
  }
}
