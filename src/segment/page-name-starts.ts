/**
 * A name's first character that jieba's guessing glued to the word before it (叫房|德顺 for
 * 叫|房德顺 "called Fang Deshun"), where the page itself shows the name elsewhere: a page names its
 * people again and again, and a name the page makes its own (page-words.ts: 房|德顺 说, 房|德顺 一早
 * → 房德顺) is that person's name wherever its characters stand. page-words.ts joins a name's pieces;
 * this takes back a name's surname from a guess of two characters (tag x, no word of CC-CEDICT) that
 * ends in it, when the pieces after the guess spell the rest of the name exactly.
 */
import { SURNAMES } from './name-characters';
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

const HAN_PAIR = /^\p{Script=Han}{2}$/u;
/** Tags jieba gives a name it reads whole: a guess or a personal name. */
const WHOLE_NAME = /^(x|nr|nrfg)$/;
/** How often the page must read a name whole to show it is one: once could be jieba's chance guess. */
export const WHOLE_READS = 2;

/** `isPageName(text)`: whether the page shows `text` is a name (see segmenter.ts: a page word of a name's kind, or read whole twice). */
export function returnNameStarts(words: readonly TaggedWord[], isPageName: (text: string) => boolean, lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const name = w.tag === 'x' && HAN_PAIR.test(w.word) && SURNAMES.has(w.word[1]!) && !lexicon.isKnownWord(w.word) ? nameAfter(w.word[1]!, words, i + 1) : undefined;
    if (name && isPageName(name.text)) {
      out.push({ word: w.word[0]!, tag: lexicon.tagOf(w.word[0]!) }, { word: name.text, tag: 'nr' });
      i = name.end - 1;
    } else out.push(w);
  }
  return out;
}

/** The name of three characters that `surname` and the pieces from `from` spell exactly, and where they end. */
function nameAfter(surname: string, words: readonly TaggedWord[], from: number): { text: string; end: number } | undefined {
  let text = surname;
  let end = from;
  while (end < words.length && text.length < 3) text += words[end++]!.word;
  return text.length === 3 && /^\p{Script=Han}{3}$/u.test(text) ? { text, end } : undefined;
}

/** How many times the page's paragraphs holding `name` read it as one word of a name's tag. */
export function readWhole(name: string, page: readonly string[], wordsOf: (paragraph: number) => readonly TaggedWord[]): number {
  let count = 0;
  page.forEach((text, p) => {
    if (text.includes(name)) count += wordsOf(p).filter((w) => w.word === name && WHOLE_NAME.test(w.tag)).length;
  });
  return count;
}
