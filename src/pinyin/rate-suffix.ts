/**
 * 率 standing alone after a word and before a predicate is the suffix lǜ "rate" (献血|率|达到, 离婚|率|
 * 也|高): jieba knows 出生率 and 死亡率 but not every X率 a story coins, and the context model, which
 * saw 率 mostly as shuài "to lead" (率|代表团, 率|部), reads the lone character shuài. Leading takes
 * an object after a leader (市长|率|代表团|访问, 亲自|率|他们). So 率 is the suffix after an activity or
 * a property (破损|率, 预约|率, 无偿献血|率: jieba's verbs, adjectives and set phrases), whatever jieba
 * tags next (it tags 有所 a noun), and after anything else only where no object follows (a
 * predicate, a conjunction, punctuation). Nothing Han before (率先, a sentence's start): the model's.
 */

/** jieba's tags for an activity or a property: what a rate is of. */
const ACTIVITY_TAGS = new Set(['v', 'vn', 'vd', 'a', 'an', 'i', 'l']);
/** jieba's tags for what 率 "to lead" takes: nouns, names, places, organisations, pronouns, abbreviations, guesses. */
const OBJECT_TAGS = new Set(['n', 'nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'nl', 'ng', 'r', 'rr', 'j', 'x', 'zg']);
const ENDS_HAN = /\p{Script=Han}$/u;

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyRateSuffix(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 1; w < words.length; w++) {
    if (words[w] !== '率' || readings[w]![0] !== 'shuai4') continue;
    if (!ENDS_HAN.test(words[w - 1]!)) continue;
    const next = words[w + 1];
    // After 率: a predicate, a conjunction, punctuation or the end. Not the object leading takes.
    if (!ACTIVITY_TAGS.has(tags[w - 1] ?? '') && next !== undefined && /^\p{Script=Han}/u.test(next) && OBJECT_TAGS.has(tags[w + 1] ?? '')) continue;
    readings[w]![0] = 'lv4';
  }
}
