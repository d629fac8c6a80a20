/**
 * 地 standing alone is the noun dì "land, ground, field" where a noun's place is the only one it can
 * fill (session 26, QA25's 地 "ground" read de). The manner particle de closes an adverbial phrase
 * before a verb (高兴地, 慢慢地, 一个劲地): it follows an adjective, an adverb or a verb phrase, so
 * these places are the noun's alone:
 * - after 的 (他家的地, 院子里的地, 村里的地): a 的 phrase modifies a noun; the particle never follows it;
 * - after 把 or 将 straight before it (把地卖给了开发商): what 把 handles is a thing;
 * - after a measure word of land or a count of it (几亩地, 一大片地, 二十亩地) or a pointer (这块地, 那片地,
 *   tagged a pronoun), unless the measure
 *   is said twice (一块块地, 一片片地, 一步一步地: "piece by piece", an adverb of manner, de);
 * - after 在 and before a localiser or the clause's end (在|地|上铺, 倒在|地|，), where jieba took the
 *   localiser into the next word.
 * jieba tags every lone 地 as the particle (uv), and the context model reads de after it.
 */

/** Measures of land and of fields. 分 is left out: 十分地 is "very", an adverb before the particle. */
const LAND_MEASURES = /[亩块片垧畦顷]$/u;
/** A pointer and a measure, which jieba tags a pronoun (这块, 那片, 这几亩): as a count, it measures a noun. */
const POINTED = /^[这那哪每某该此][几]?[亩块片垧畦顷]$/u;
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
/** Localisers jieba may glue onto the next word (上铺, 下面): the ground's 上 or 下. */
const LOCALISER_START = /^[上下里]/u;

/** 一块块, 一片片, 一块一块: a measure said twice, an adverb of manner. */
function repeated(word: string): boolean {
  return (word.length >= 2 && word.at(-1) === word.at(-2)) || (word.length === 4 && word.slice(0, 2) === word.slice(2));
}

function namesLand(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1] ?? '';
  const prevTag = tags[w - 1] ?? '';
  const next = words[w + 1] ?? '';
  if (prev === '的' || prev === '把' || prev === '将') return true;
  if (/^(?:m|q|mq)$/.test(prevTag) && LAND_MEASURES.test(prev) && !repeated(prev) && !repeated((words[w - 2] ?? '') + prev)) return true;
  if (POINTED.test(prev)) return true;
  if (prev === '在') return next === '' || PUNCTUATION.test(next) || LOCALISER_START.test(next);
  return false;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyLandDi(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 1; w < words.length; w++) {
    if (words[w] === '地' && readings[w]![0] === 'de5' && namesLand(words, tags, w)) readings[w]![0] = 'di4';
  }
}
