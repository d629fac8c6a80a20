/**
 * 还 is huán "give back" where the adverb hái "still" cannot stand: straight before the aspect
 * particle 了 (书早就还了, 还了三年, 还了一句嘴), and before a thing one returns that ends the clause
 * (去|还|车|了, 下午|还|书|。), where hái would need a verb after it. The context model reads the lone
 * character hái, as it mostly is. The idiom 还了得 (hái liǎo dé) and 还了解 (one word) keep hái.
 */

/** Things one gives back, as one-character words (还钱 and 还款 are jieba's own words already). */
const RETURNED = new Set([...'车书钱债贷款账房']);
/** What may close the clause after the thing returned. */
const CLOSES = /^(?:了|给|回|[，。！？；、,.!?;]|$)/u;

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyReturnHuan(words: readonly string[], readings: string[][]): void {
  for (let w = 0; w + 1 < words.length; w++) {
    if (words[w] !== '还' || readings[w]![0] !== 'hai2') continue;
    const next = words[w + 1]!;
    const after = words[w + 2] ?? '';
    if ((next === '了' && after !== '得') || (RETURNED.has(next) && CLOSES.test(after))) readings[w]![0] = 'huan2';
  }
}
