/**
 * 还 is huán "give back" where the adverb hái "still" cannot stand: straight before the aspect
 * particle 了 (书早就还了, 还了三年, 还了一句嘴), and before a thing one returns that ends the clause
 * (去|还|车|了, 下午|还|书|。), where hái would need a verb after it. The context model reads the lone
 * character hái, as it mostly is. The idiom 还了得 (hái liǎo dé) and 还了解 (one word) keep hái.
 *
 * Session 25 (QA24's 借还 read hái), two more places an adverb cannot fill:
 * - paired straight after a verb of lending (借|还, 租|还: "borrow and return"): an adverb stands before
 *   its verb, never after one, unless a negation or 是 follows it (你借还不借, a choice, keeps hái);
 * - after 把 and the thing handled, where a direction or the clause's end follows (把雨伞|还|回服务台,
 *   把书|还|到书架上, 把钥匙还。): the verb 把 needs. An adverb there comes before a verb of its own
 *   (把问题|还|想得太简单 keeps hái).
 */

/** Things one gives back, as one-character words (还钱 and 还款 are jieba's own words already). */
const RETURNED = new Set([...'车书钱债贷款账房']);
/** What may close the clause after the thing returned. */
const CLOSES = /^(?:了|给|回|[，。！？；、,.!?;]|$)/u;
/** Verbs of lending and hiring whose pair with 还 is "borrow and return". */
const LENDS = new Set(['借', '租']);
/** After 借|还 these make 还 the adverb of a choice or a state (借还不借, 借还没借到). */
const ADVERB_NEXT = new Set(['不', '没', '没有', '未', '是']);
/** Where a thing handled by 把 is given back to. */
const TOWARDS = new Set(['回', '回来', '回去', '到', '至', '给', '进', '入']);
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
/** Tags of the words a 把 phrase's object may hold: nouns, pronouns, numbers, measures, 的, places. */
const HANDLED = /^(?:n|r|m|q|uj|f|s|a|b|x)/;

/** 把 (or 将) and a nominal phrase straight before `w`, within the clause. */
function afterHandled(words: readonly string[], tags: readonly string[] | undefined, w: number): boolean {
  if (!tags || !HANDLED.test(tags[w - 1] ?? '') || tags[w - 1] === 'uj') return false;
  for (let k = w - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word === '把' || word === '将') return k < w - 1;
    if (PUNCTUATION.test(word) || word === '还') return false;
    // 借来的钱: a verb may sit inside the object's modifier, before its 的.
    if (!HANDLED.test(tags[k] ?? '') && words[k + 1] !== '的') return false;
  }
  return false;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyReturnHuan(words: readonly string[], readings: string[][], tags?: readonly string[]): void {
  for (let w = 0; w < words.length; w++) {
    if (words[w] !== '还' || readings[w]![0] !== 'hai2') continue;
    const next = words[w + 1] ?? '';
    const after = words[w + 2] ?? '';
    if ((next === '了' && after !== '得') || (RETURNED.has(next) && CLOSES.test(after))) readings[w]![0] = 'huan2';
    else if (LENDS.has(words[w - 1] ?? '') && (tags?.[w - 1] ?? 'v') === 'v' && !ADVERB_NEXT.has(next)) readings[w]![0] = 'huan2';
    else if ((TOWARDS.has(next) || next === '' || PUNCTUATION.test(next)) && afterHandled(words, tags, w)) readings[w]![0] = 'huan2';
  }
}
