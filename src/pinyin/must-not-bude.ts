/**
 * 不得 "must not, cannot" is bù dé (QA28's class: 不得 read bu dé on a page).
 *
 * - Standing alone it is read so already (车辆不得通行). In a word that ends with it, CC-CEDICT is of two
 *   minds: 哭笑不得, 进退不得, 算不得, 不得而知 bù dé, but 动弹不得, 来不得, 容不得, 见不得 bu dé, a light 不
 *   before a full 得, which the neutral-tone step then shows (dòng tan bu dé). Where 得 keeps its full tone
 *   it is the modal "may, can" and 不 its negation, so 不 keeps its tone too; the lexical potentials
 *   whose 得 is light as well (舍不得, 怪不得, 恨不得 bu de) keep both light.
 * - jieba cuts a one-character verb's potential before 了 at a clause's end as the verb and 不得了
 *   "terrible, extremely" (记|不得了。): after such a verb it is the verb's 不得 and the particle 了 (jì bu de
 *   le, "can't remember any more"), not 不得了, which follows 得, an adverb or nothing (热得不得了, 可不得了).
 */

/** One-character verbs whose potential 不得 jieba leaves out of its word list, or takes into 不得了 before 了. */
const POTENTIAL_VERBS: ReadonlySet<string> = new Set([...'记认晓动碰顾舍怪恨由惹离管']);
const CLAUSE_END = /^[^\p{L}\p{N}]+$/u;

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place; `neutral`: the page's dictionary tones. */
export function applyMustNotBude(words: readonly string[], readings: string[][], neutral: boolean): void {
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const own = readings[w]!;
    if (word === '不得了' && w > 0 && POTENTIAL_VERBS.has(words[w - 1]!) && CLAUSE_END.test(words[w + 1] ?? '。') && own[2] === 'liao3') {
      own[0] = neutral ? 'bu5' : 'bu4';
      own[1] = neutral ? 'de5' : 'de2';
      own[2] = 'le5';
      continue;
    }
    for (let p = word.indexOf('不得'); p >= 0; p = word.indexOf('不得', p + 1)) {
      if (own[p] === 'bu5' && own[p + 1] === 'de2') own[p] = 'bu4';
    }
  }
}
