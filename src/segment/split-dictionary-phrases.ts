/**
 * jieba's dictionary holds phrases a reader does not take as words: a word and the function
 * character after it (出国时, 第二则, 证书及, 小小的) or 是 before it (是从, 是因为). Such an entry
 * is cut into the word and the function character when CC-CEDICT, a dictionary of words, knows the
 * word but not the phrase. Adverbs and conjunctions ending in 是 (先是, 越是, 无论是) and phrases
 * with 在, 于, 被, 把, 对 (放在, 致力于, 衣被, 一把, 对此) are left alone: there the phrase is
 * often a word of its own, or the gold's conventions take either cut. So is a one-character head
 * (税则, 问及, 之时): those are words of their own. Reduplicated adjectives with 的 (小小的) are
 * read as one either way and stay.
 */
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

/** Function characters that stand alone after a word: 时 "when", 则, 及. */
const TRAILING = new Set([...'时则及']);
/** The copula before a word: 是|从, 是|因为. */
const LEADING = new Set(['是']);

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

function phrasePieces(w: TaggedWord, next: TaggedWord | undefined, lexicon: WordLexicon): [string, string] | undefined {
  const word = w.word;
  if (word.length < 2 || w.tag === 'x' || lexicon.isKnownWord(word) || !/^\p{Script=Han}+$/u.test(word)) return undefined;
  const head = word.slice(0, -1);
  const last = word.at(-1)!;
  if (head.length >= 2 && TRAILING.has(last) && !wordEndingInZe(w, next) && lexicon.isKnownWord(head)) return [head, last];
  const tail = word.slice(1);
  if (LEADING.has(word[0]!) && lexicon.isKnownWord(tail)) return [word[0]!, tail];
  return undefined;
}
