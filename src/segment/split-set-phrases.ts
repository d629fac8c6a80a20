/**
 * jieba's dictionary also lists phrases of two words as single entries (节省成本, 神色异常, 表示同意,
 * 退休年龄: tagged l, n, v), which CC-CEDICT, a dictionary of words, does not hold. A reader draws
 * two words there (节省|成本 "save costs", 神色|异常 "looked strange"), and the hover finds a gloss
 * only for each half. Such an entry of four characters tagged l (jieba's set phrase) is cut in the
 * middle when both halves are words of both dictionaries. Idioms (i: 天真无邪, 罪孽深重), names (nr,
 * ns, nt, nz) and other tags, and anything CC-CEDICT or the glossary knows whole (食品安全 is a
 * glossary term where taught) stay whole.
 */
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

const FOUR_HAN = /^\p{Script=Han}{4}$/u;
/** jieba's tag of a set phrase; idioms (i) and names (nr, ns …) are one unit to a reader. */
const PHRASE_TAG = 'l';

function halves(w: TaggedWord, lexicon: WordLexicon): [string, string] | undefined {
  if (!FOUR_HAN.test(w.word) || w.tag !== PHRASE_TAG || lexicon.isKnownWord(w.word)) return undefined;
  const first = w.word.slice(0, 2);
  const second = w.word.slice(2);
  // A half jieba tags as a state word or a place (褴褛, 盎然, 意兴) belongs to an idiom: 衣衫褴褛, 意兴盎然.
  const word = (half: string): boolean => lexicon.isKnownWord(half) && !/^(x|z|ns|nr|m)/.test(lexicon.tagOf(half));
  return word(first) && word(second) ? [first, second] : undefined;
}

export function splitSetPhrases(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const w of words) {
    const cut = halves(w, lexicon);
    if (cut) out.push(...cut.map((p) => ({ word: p, tag: lexicon.tagOf(p) })));
    else out.push(w);
  }
  return out;
}
