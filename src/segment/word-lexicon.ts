/**
 * What the regrouping stage asks of the segmenter's dictionary: a cut without new-word guessing,
 * the part of speech of a single word, and the custom (glossary) words that must stay whole.
 */
import type { JiebaApi } from './types';

export interface WordLexicon {
  /** The text cut by the dictionary alone (no guessed words). */
  dictionaryCut(text: string): string[];
  /** jieba's part-of-speech tag of `word` as one dictionary word; 'x' when it is not one. */
  tagOf(word: string): string;
  isCustomWord(word: string): boolean;
  /** Whether a dictionary of the language (CC-CEDICT) has `word`: a guess it knows is a word. */
  isKnownWord(word: string): boolean;
}

export function createJiebaLexicon(
  jieba: JiebaApi,
  customWords: ReadonlySet<string>,
  knownWord: (word: string) => boolean = () => false,
): WordLexicon {
  // The same characters and short words are asked about again and again (function words,
  // surnames, a page's names): keep the answers, up to a bound a long session cannot outgrow.
  const tags = new Map<string, string>();
  const tagOf = (word: string): string => {
    const cached = tags.get(word);
    if (cached !== undefined) return cached;
    const found = jieba.tag(word, false);
    const tag = found.length === 1 ? found[0]!.tag || 'x' : 'x';
    if (tags.size < 50_000) tags.set(word, tag);
    return tag;
  };
  return {
    dictionaryCut: (text) => jieba.cut(text, false),
    tagOf,
    isCustomWord: (word) => customWords.has(word),
    isKnownWord: (word) => customWords.has(word) || knownWord(word),
  };
}
