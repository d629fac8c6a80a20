/**
 * 背 is bēi "carry on the back" where it moves what it carries: followed by a direction (起, 上, 下,
 * 回, 进, 出, 到, 走, and 回来, 上去 …) and then what is carried or where it goes (背起|猎物, 背|回来|一筐红薯,
 * 背下|了|楼, 背|到了|医务室), whether jieba cut the direction off or made one word of it (背起/v, 背下/f).
 * bèi "recite" takes directions too, but ends its clause with them (把课文背下来了, 单词背起来不难) or
 * takes a text (背下了整篇课文), and "turn one's back" takes 过 (背过身去): those keep the model's or the
 * dictionary's bèi. The model learnt the lone character from 背后, 背景, 背诵 and reads bèi (QA24's 背起).
 * 背着 "carrying" and "behind the back of" both take a person after it, so it goes by what follows in its
 * clause (session 33: the shipped model read every 背着 bēi, the s32 retrain every one bèi):
 * - an adverb of secrecy (背着父母偷偷报名, 背着他私自…): bèi "behind the back of";
 * - else a load, a bag or a basket, or someone small, hurt or old enough to be carried (背着书包, 背着装满柴火的
 *   竹篓, 背着一捆干草, 背着枪, 背着孩子): bēi;
 * - else a group, a body or someone with a role over one (背着员工, 背着大多数理事, 背着父母, 背着组织): bèi.
 * Anything else is left to the model (背着他, 背着手).
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

/** Adverbs of doing in secret: 背着 someone and then these is "behind the back of". */
const SECRETLY = /^(?:偷偷|偷偷地|悄悄|悄悄地|私自|擅自|私下|私下里|暗中|暗地里|秘密|偷|瞒着)$/u;
/** What is carried on the back: loads, bags, baskets, arms, and people one carries. */
const LOAD =
  /(?:包|筐|篓|袋|篮|篮子|囊|箱|箱子|柜|柴|柴火|柴禾|草|干草|枪|炮|桶|壶|锅|行李|担子|炸药|器材|粮食|石头|木头|树枝|竹子|背篓|孩子|小孩|婴儿|娃|娃娃|伤员|伤者|病人|老人)$/u;
/** Those one goes behind the back of: kin above one, groups, bodies, roles. */
const OVERSEER =
  /(?:父母|家长|家人|家里|老师|领导|上级|上司|组织|公司|单位|群众|同事|员工|职工|股东|老板|大家|别人|他人|众人|校方|厂方|理事|理事长|会员|村民|居民|老婆|老公|丈夫|妻子)$/u;
const CLAUSE_END = /^[，。！？；：,.!?;:]/u;

/** bei1, bei4 or undefined for 背着 at `w`, by what follows it in its clause. */
function carriedOrHidden(words: readonly string[], w: number): 'bei1' | 'bei4' | undefined {
  let load = false;
  let overseer = false;
  let commas = 0;
  for (let i = w + 1; i < words.length && i <= w + 12; i++) {
    const word = words[i]!;
    if (CLAUSE_END.test(word)) {
      // 背着大多数副理事长和全体理事，秘密…: a comma after the people, then how it was done.
      if (!/^[，,]/u.test(word) || ++commas > 1 || load) break;
      continue;
    }
    if (SECRETLY.test(word)) return 'bei4';
    if (commas > 0) continue;
    if (LOAD.test(word)) load = true;
    else if (!load && OVERSEER.test(word)) overseer = true;
  }
  return load ? 'bei1' : overseer ? 'bei4' : undefined;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyCarryBei(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word === '背着' && (readings[w]![0] === 'bei1' || readings[w]![0] === 'bei4')) {
      readings[w]![0] = carriedOrHidden(words, w) ?? readings[w]![0]!;
      continue;
    }
    if (readings[w]![0] !== 'bei4') continue;
    // 背 alone before a direction word, or jieba's word of 背 and a one-character direction.
    const next = word === '背' && DIRECTIONS.has(words[w + 1] ?? '') ? w + 2 : word.length === 2 && word[0] === '背' && DIRECTIONS.has(word[1]!) ? w + 1 : -1;
    if (next < 0) continue;
    // 他的|背上: the back itself, after a possessor.
    if (words[w - 1] === '的') continue;
    if (carriesAfter(words, tags, next)) readings[w]![0] = 'bei1';
  }
}
