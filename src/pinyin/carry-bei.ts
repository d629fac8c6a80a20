/**
 * 背 is bēi "carry on the back" where it moves what it carries: followed by a direction (起, 上, 下,
 * 回, 进, 出, 到, 走, and 回来, 上去 …) and then what is carried or where it goes (背起|猎物, 背|回来|一筐红薯,
 * 背下|了|楼, 背|到了|医务室), whether jieba cut the direction off or made one word of it (背起/v, 背下/f).
 * bèi "recite" takes directions too, but ends its clause with them (把课文背下来了, 单词背起来不难) or
 * takes a text (背下了整篇课文), and "turn one's back" takes 过 (背过身去): those keep the model's or the
 * dictionary's bèi. The model learnt the lone character from 背后, 背景, 背诵 and reads bèi (QA24's 背起).
 * 背着 is left to the model: "carrying" and "behind the back of" both take a person after it.
 */

/** Directions after the verb, as jieba's words (过 "turn away" is left out: 背过身去 is bèi). */
const DIRECTIONS = new Set([
  ...['起', '上', '下', '回', '进', '出', '到', '走', '到了'],
  ...['回来', '回去', '上来', '上去', '下来', '下去', '进来', '进去', '出来', '出去', '起来'],
]);
/** What a reciter learns by heart: after a direction these make 背 bèi (背下了整篇课文). */
const RECITED = /(?:课文|单词|生词|诗|词|文章|台词|公式|口诀|歌词|稿|书|句|段|篇|章|经|表|法条|条文)$/u;
/** Tags of what is carried or where to: nouns, places, pronouns, numbers with their measure, names. */
const CARRIED = /^(?:n|s|r|m|x)/;
const HAN = /^\p{Script=Han}+$/u;

/** The word after the direction (past 了) is what is carried or a place, not a text recited. */
function carriesAfter(words: readonly string[], tags: readonly string[], k: number): boolean {
  if (words[k] === '了') k++;
  const word = words[k];
  if (word === undefined || !HAN.test(word) || !CARRIED.test(tags[k] ?? '')) return false;
  // 背到|第三课: a count of the text reached, not a place.
  if (/^第/.test(word)) return false;
  for (let j = k; j < words.length && HAN.test(words[j]!); j++) {
    if (RECITED.test(words[j]!)) return false;
    if (!/^(?:n|m|q|uj|a|r|s|x)/.test(tags[j] ?? '')) break;
  }
  return true;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyCarryBei(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (readings[w]![0] !== 'bei4') continue;
    // 背 alone before a direction word, or jieba's word of 背 and a one-character direction.
    const next = word === '背' && DIRECTIONS.has(words[w + 1] ?? '') ? w + 2 : word.length === 2 && word[0] === '背' && DIRECTIONS.has(word[1]!) ? w + 1 : -1;
    if (next < 0) continue;
    // 他的|背上: the back itself, after a possessor.
    if (words[w - 1] === '的') continue;
    if (carriesAfter(words, tags, next)) readings[w]![0] = 'bei1';
  }
}
