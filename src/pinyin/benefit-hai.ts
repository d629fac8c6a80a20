/**
 * 还给 is jieba's word for "give back" (huán gěi), and the dictionaries read it so; but where the one
 * given to is followed by a verb of its own, 给 is the coverb "for, to" and 还 the adverb hái "also":
 * 妈妈还给我织了一条围巾, 老板还给大家放了三天假 (session 26, QA25's 还给 class, the other way). Giving
 * back takes the thing returned, 了 or the clause's end after its receiver (还给他五百块钱, 还给了失主,
 * 还给你。), never a second verb. A 把 or 将 before it in the clause names the thing handed back
 * (把书还给他看): left as the dictionary reads it.
 */

/**
 * The receiver: pronouns, nouns, names, 每个 and such (r n nr ns nt nz, a measure word), with a 的 phrase
 * before its noun (远方的朋友, 村里的老人: a place, an adjective, 的), at most five words.
 */
const RECEIVER = /^(?:r|n|q|mq|s|a|uj|k)/;
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
/** Verbs that close a receiver phrase without being the coverb's verb: 是 links, 的 phrases stay nouns. */
const NOT_AN_ACTION = new Set(['是', '有']);

/** The word after the receiver of word `w` (还给) is a verb: the benefactive 给 of hái. */
function verbAfterReceiver(words: readonly string[], tags: readonly string[], w: number): boolean {
  let k = w + 1;
  while (k < words.length && k <= w + 5 && RECEIVER.test(tags[k] ?? '') && !PUNCTUATION.test(words[k]!)) k++;
  // The receiver ends on its noun, not on 的 (还给他的钱 is a thing given back).
  if (k === w + 1 || k >= words.length || tags[k - 1] === 'uj') return false;
  // 还给|我们|的|钱|不够: a pronoun's 的 owns a thing, the thing given back, and what follows is said of it.
  for (let j = w + 2; j < k; j++) if (words[j] === '的' && tags[j - 1] === 'r') return false;
  return (tags[k] ?? '').startsWith('v') && !NOT_AN_ACTION.has(words[k]!) && !/^[不没]/u.test(words[k]!);
}

/** 把 or 将 earlier in the clause before word `w`. */
function handledBefore(words: readonly string[], w: number): boolean {
  for (let k = w - 1; k >= 0; k--) {
    if (PUNCTUATION.test(words[k]!)) return false;
    if (words[k] === '把' || words[k] === '将') return true;
  }
  return false;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyBenefitHai(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    if (words[w] !== '还给' || readings[w]![0] !== 'huan2') continue;
    if (verbAfterReceiver(words, tags, w) && !handledBefore(words, w)) readings[w]![0] = 'hai2';
  }
}
