/**
 * The segmenter behind a small interface, so the language modules (spam, pinyin) can be tested in
 * Node with jieba's Node build and run in the background with its web build.
 * Stages, each its own file: the Simplified view (simplified-stage.ts) → jieba → words on the page.
 */
import { throughSimplifiedView } from './simplified-stage';

export interface Segmenter {
  /** Words of `text` in order; joining them gives `text` back (the page's own characters). */
  cut(text: string): string[];
  /**
   * Whether `word` is one word of the segmenter's own dictionary. `cut` also guesses new words
   * from character statistics (图馆), so one word out of `cut` proves nothing.
   */
  isDictionaryWord?(word: string): boolean;
}

/** The part of jieba-wasm's API we use; both its Node and web builds provide it. */
export interface JiebaApi {
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

/** Wraps jieba, teaching it `customWords` (glossary terms) first so they stay whole words. */
export function createJiebaSegmenter(jieba: JiebaApi, customWords: Iterable<string> = []): Segmenter {
  for (const word of customWords) jieba.add_word(word);
  return throughSimplifiedView({
    cut: (text) => (text ? jieba.cut(text, true) : []),
    isDictionaryWord: (word) => word.length >= 2 && jieba.cut(word, false).length === 1,
  });
}
