/**
 * jieba's dictionary holds phrases a reader does not take as words: a word and the function
 * character after it (出国时, 第二则, 证书及, 小小的) or 是 before it (是从, 是因为). Such an entry
 * is cut into the word and the function character when CC-CEDICT, a dictionary of words, knows the
 * word but not the phrase. Adverbs and conjunctions ending in 是 (先是, 越是, 无论是) and phrases
 * with 在, 于, 被, 把, 对 (放在, 致力于, 衣被, 一把, 对此) are left alone: there the phrase is
 * often a word of its own, or the gold's conventions take either cut. So is a one-character head
 * (税则, 问及, 之时): those are words of their own. Reduplicated adjectives with 的 (小小的) are
 * read as one either way and stay.
 *
 * Session 12 (from a never-tuned sample of news): the same holds for the aspect particle 着 after
 * a word (摆放|着, 洋溢|着), for a negation or 太 "too" before one (没|拿到, 太|高兴, 太|慢: a
 * one-character tail only when jieba tags it an adjective, so 太行, 太庙 stay), and for 在 with a
 * noun and its localiser (在|讲话|中, 在|历史|上): jieba lists these as phrases (tag l) or, for
 * 太高兴, as a place.
 *
 * Session 19: so are 最 and 更 before a word or a verb phrase (最|让人|感动, 更|适宜), as 太 is.
 * Session 22: so is 很 before a word of two characters (很|漂亮; 很快, 很少, 很难 stay: adverbs).
 *
 * Session 28: 就 "then, just" before a causative verb (就|让: jieba's entry 就让, which CC-CEDICT lacks, so
 * the reader pointing at it found nothing): the adverb stands alone as it does before any other verb.
 *
 * Session 18: such a function character also opens entries with the verb after it, which news
 * glues on as it glues 说 onto a subject (采访时说, 开会时会: jieba's 时说, 时会). An entry of two
 * characters CC-CEDICT lacks, a trailing function character and a glued verb, is cut in two.
 */
import type { TaggedWord } from './types';
import { GLUED_VERBS } from './word-classes';
import type { WordLexicon } from './word-lexicon';

/** Function characters that stand alone after a word: 时 "when", 则, 及, the aspect particle 着. */
const TRAILING = new Set([...'时则及着']);
/** The copula, a negation and the degree adverbs 太 很 最 更 before a word: 是|从, 没|拿到, 太|高兴, 很|漂亮, 最|让人. */
const LEADING = new Set([...'是没太很最更']);
const DEGREE = new Set([...'最更']);
/** Causative verbs, which take an object and a verb after them (就|让|他|去): never the object of 就 "take up" (就位, 就职). */
const CAUSATIVES = new Set([...'让叫使令请']);
/** Localisers that close 在's phrase: 在|讲话|中, 在|历史|上, 在|短期|内. */
const LOCALISERS = new Set([...'上中内']);

export function splitDictionaryPhrases(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  words.forEach((w, i) => {
    const pieces = phrasePieces(w, words[i + 1], lexicon);
    if (pieces) out.push(...pieces.map((p) => ({ word: p, tag: lexicon.tagOf(p) })));
    else out.push(w);
  });
  return out;
}

/**
 * 则 closing a noun is a rule (自然法则); after a numeral it is a measure word (第二则消息) unless
 * 是 follows, where it is "then" in an enumeration (第一…，第二|则|是…).
 */
function wordEndingInZe(w: TaggedWord, next: TaggedWord | undefined): boolean {
  if (!w.word.endsWith('则')) return false;
  return w.tag.startsWith('n') || (w.tag === 'm' && next?.word !== '是');
}

function phrasePieces(w: TaggedWord, next: TaggedWord | undefined, lexicon: WordLexicon): string[] | undefined {
  const word = w.word;
  if (word.length < 2 || w.tag === 'x' || lexicon.isKnownWord(word) || !/^\p{Script=Han}+$/u.test(word)) return undefined;
  const head = word.slice(0, -1);
  const last = word.at(-1)!;
  if (word.length === 2 && TRAILING.has(head) && GLUED_VERBS.has(last)) return [head, last];
  if (head.length >= 2 && TRAILING.has(last) && !wordEndingInZe(w, next) && lexicon.isKnownWord(head)) return [head, last];
  const tail = word.slice(1);
  if (word.length === 2 && word[0] === '就' && CAUSATIVES.has(tail)) return [word[0]!, tail];
  if (LEADING.has(word[0]!) && leadsKnownWord(word[0]!, tail, lexicon)) return [word[0]!, tail];
  const middle = word.slice(1, -1);
  if (word[0] === '在' && middle.length >= 2 && LOCALISERS.has(last) && lexicon.isKnownWord(middle)) return ['在', middle, last];
  return undefined;
}

/**
 * 最|让人: what follows 最 or 更 opens with a verb or an adjective of jieba's, not a function word
 * or a glued verb (更为|重要, 更是|如此, 最能|体现 stay).
 */
function opensWithContentWord(tail: string, lexicon: WordLexicon): boolean {
  const head = lexicon.dictionaryCut(tail)[0]!;
  return head.length < tail.length && !GLUED_VERBS.has(head) && /^[va]/.test(lexicon.tagOf(head));
}

/**
 * 是 before any word it knows; 很 before a word of two characters; 没, 太 before a word of two characters, or one adjective (太|慢, not
 * 太|行); 最 and 更 before a word CC-CEDICT knows (最|南端) or a phrase opening with a verb or an
 * adjective (最|让人), in an entry of three characters. CC-CEDICT's words that start with them
 * (最后, 更新) never get here.
 */
function leadsKnownWord(first: string, tail: string, lexicon: WordLexicon): boolean {
  // Three characters only: jieba's longer entries with them are set phrases (更上层楼, 更进一步).
  // Nor where 最 and the next character are a word of either dictionary (最高|峰, 最大|者).
  if (DEGREE.has(first)) {
    const pair = first + tail[0]!;
    if (tail.length !== 2 || lexicon.isKnownWord(pair) || lexicon.tagOf(pair) !== 'x') return false;
    return lexicon.isKnownWord(tail) || opensWithContentWord(tail, lexicon);
  }
  if (!lexicon.isKnownWord(tail)) return false;
  // 很快 "soon", 很少 "seldom", 很难 "hardly": jieba's 很 + one character are adverbs of their own,
  // and 很多|年 keeps its 很多.
  if (first === '很') return tail.length >= 2 && !lexicon.isKnownWord(first + tail[0]!) && lexicon.tagOf(first + tail[0]!) === 'x';
  return first === '是' || tail.length >= 2 || lexicon.tagOf(tail) === 'a';
}
