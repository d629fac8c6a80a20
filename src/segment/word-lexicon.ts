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
  // Single characters are asked about again and again (function words, surnames): keep them.
  const charTags = new Map<string, string>();
  const tagOf = (word: string): string => {
    const cached = word.length === 1 ? charTags.get(word) : undefined;
    if (cached !== undefined) return cached;
    const tags = jieba.tag(word, false);
    const tag = tags.length === 1 ? tags[0]!.tag || 'x' : 'x';
    if (word.length === 1) charTags.set(word, tag);
    return tag;
  };
  return {
    dictionaryCut: (text) => jieba.cut(text, false),
    tagOf,
    isCustomWord: (word) => customWords.has(word),
    isKnownWord: (word) => customWords.has(word) || knownWord(word),
  };
}
