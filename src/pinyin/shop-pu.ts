/**
 * 铺 beside 上 where jieba's word for it is the wrong one (session 26, QA25's 铺 "shop" class):
 * - 铺上 is jieba's verb "spread on" (pū shàng); right after a preposition or a verb of going to a place
 *   (在|铺上|睡了一夜, 回到|铺上|清点货物, 到|铺上|一看) it is the place 铺 pù "shop, bunk" and its
 *   localiser: one spreads *on* something, so the verb never follows 在 or 到 directly, except where
 *   在 opens a time (在铺上地毯时, 在铺上一层沙子之前: "while, before spreading"), so a count after it
 *   or a 时 / 前 / 后 closing the clause leaves the verb.
 * - 上铺 is jieba's noun "upper bunk" (shàng pù); after a place (路面|上铺|上|一层沥青, 地|上铺|了) and
 *   before an aspect, a result or a count it is the localiser 上 of that place and the verb pū. 睡上铺,
 *   住在上铺, 上铺的同学 keep the bunk.
 */

/** Prepositions and verbs of going that take a place straight after them. */
const TO_A_PLACE = new Set(['在', '到', '回', '回到', '从', '来到', '去', '进', '往', '住在', '躺在', '坐在']);
/** What follows the verb pū: an aspect, a result, a direction. */
const VERB_NEXT = /^(?:了|着|过|上|满|好|成|在|开)$/u;
/** Tags of a place jieba may leave before 上铺: nouns, places, a lone 地. */
const PLACE_TAGS = /^(?:n|s|f|uv)/;

/** Tags of what names a shop before 铺: a noun (修鞋, 杂货), an adjective (小), a distinguishing word, a guess. */
const MODIFIER_TAGS = /^(?:n|a|b|x|s)/;
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
/** What closes a 在 … phrase of time. */
const TIME_CLOSERS = new Set(['时', '时候', '前', '之前', '以前', '后', '之后', '以后', '过程', '过程中', '中']);

/** 在 + verb phrase + 时 / 之前 …: a time, within the clause after word `w`. */
function timeAfter(words: readonly string[], w: number): boolean {
  for (let k = w + 1; k < words.length && !PUNCTUATION.test(words[k]!); k++) if (TIME_CLOSERS.has(words[k]!)) return true;
  return false;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyShopPu(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 1; w < words.length; w++) {
    const r = readings[w]!;
    if (words[w] === '铺上' && r[0] === 'pu1' && TO_A_PLACE.has(words[w - 1]!)) {
      if (!(tags[w + 1] ?? '').startsWith('m') && !timeAfter(words, w)) r[0] = 'pu4';
    }
    // 修鞋|铺就|在: jieba's 铺就 "paved" takes 了 or what was paved (铺就了一条路, 铺就的台阶); before a
    // preposition, a verb or an adverb (就在, 就是, 就要) it is the shop and the adverb 就 (session 28, QA27).
    else if (words[w] === '铺就' && r[0] === 'pu1' && MODIFIER_TAGS.test(tags[w - 1] ?? '') && /^(?:p|v|d)/.test(tags[w + 1] ?? '') && !/^[了着过]$/u.test(words[w + 1] ?? '')) {
      r[0] = 'pu4';
    }
    else if (words[w] === '上铺' && r[1] === 'pu4' && PLACE_TAGS.test(tags[w - 1] ?? '') && (VERB_NEXT.test(words[w + 1] ?? '') || (tags[w + 1] ?? '').startsWith('m'))) {
      r[1] = 'pu1';
    }
  }
}
