/**
 * A clause of a one-character subject and a one-character predicate is two words, not one: 人|少
 * "few people", 鱼|多 "many fish", 风|大 "the wind is strong", 水|要|清 "the water must be clear".
 * jieba's new-word guessing pairs the two where its dictionary left both single (人少, 浪高, 水要),
 * and jieba's dictionary itself holds 人学 "the study of man", which after 有 or a quantity is 人|学
 * "people learn" (有|人|学, 很多|人|学, 越来越|多|人|学). Split here:
 * - a guess (no CC-CEDICT word) of a noun character and an adjective of amount or degree that closes
 *   the clause: punctuation, the text's end, 了 or a sentence particle after it (人少，, 鱼少了);
 *   before a word of its own the pair may be a noun's modifier or a name (景美|小区), so it stays;
 * - a guess of a noun character and a modal (水要, 山要): a noun takes no modal into a word;
 * - 人学 after an existential verb or a quantity word (有人学, 很多人学).
 * Words a dictionary has stay (心细, 胆小, 手巧: CC-CEDICT's), and a pair led by a common surname
 * may be a name (马强, 高远), which the name rules decide, as may two transliteration characters (拉|贡多).
 */
import { COMMON_SURNAMES, TRANSLITERATION } from './name-characters';
import { isGuessedWord, LEADING_MODALS } from './split-glued-guesses';
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

/** Tags of a subject's one character: a noun or a pronoun. Not a name's (nr) or place's (ns). */
const SUBJECT = /^(n|ng|r|zg|q)$/;
/**
 * One-character adjectives of amount, size and degree that a clause takes as its predicate (人|少, 风|大,
 * 浪|高, 舌|淡), with 多, which jieba tags m. Not every adjective: 俊, 茂, 齐, 纯 end nouns and names
 * (豪俊, 景茂, 思齐: CPP dev sentences), 长 ends titles (百长, 什长), 满 is a result (报满).
 */
export const PREDICATES: ReadonlySet<string> = new Set([...'多少大小高低深浅重轻快慢好差坏淡浓稳冷热凉暖干湿净清远近宽窄贵旺密稀忙闲乱静亮暗']);
/** What closes a clause after its predicate: an aspect or sentence particle (了, 啊, 呢, 吧). */
const CLOSING = /^(ul|y)$/;
/** Words after which 人学 is "people learn": there are people who…, many people… */
const PEOPLE_COUNTERS: ReadonlySet<string> = new Set(['有', '没有', '没', '还有', '也有', '很多', '不少', '许多', '好多', '越来越多', '多少', '多', '少']);

export function splitSubjectPredicates(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  words.forEach((w, k) => {
    if (isSubjectPredicate(w, words[k - 1], words[k + 1], lexicon)) for (const c of w.word) out.push({ word: c, tag: lexicon.tagOf(c) });
    else out.push(w);
  });
  return out;
}

function isSubjectPredicate(w: TaggedWord, before: TaggedWord | undefined, next: TaggedWord | undefined, lexicon: WordLexicon): boolean {
  if (w.word === '人学') return !!before && PEOPLE_COUNTERS.has(before.word) && !lexicon.isKnownWord(w.word);
  if (w.word.length !== 2 || !isGuessedWord(w, lexicon) || lexicon.isKnownWord(w.word)) return false;
  const [subject, predicate] = [...w.word] as [string, string];
  if (COMMON_SURNAMES.has(subject) || !SUBJECT.test(lexicon.tagOf(subject))) return false;
  if (LEADING_MODALS.has(predicate)) return true;
  if (!PREDICATES.has(predicate) || (TRANSLITERATION.has(subject) && TRANSLITERATION.has(predicate))) return false;
  return !next || !/^[\p{L}\p{N}]/u.test(next.word) || CLOSING.test(next.tag);
}
