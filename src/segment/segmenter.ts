/**
 * The segmenter behind a small interface, so the language modules (spam, pinyin) can be tested in
 * Node with jieba's Node build and run in the background with its web build.
 * Stages, each its own file: the Simplified view (simplified-stage.ts) → jieba's tagged words →
 * regrouping where a reader draws the words otherwise (regroup.ts) → words on the page.
 */
import { regroupWords } from './regroup';
import { throughSimplifiedView } from './simplified-stage';
import { createJiebaLexicon } from './word-lexicon';

/** A word and its part of speech, in jieba's tag set (n, v, p, nr …; x for a guessed word). */
export interface TaggedWord {
  word: string;
  tag: string;
}

export interface Segmenter {
  /** Words of `text` in order; joining them gives `text` back (the page's own characters). */
  cut(text: string): string[];
  /** The same words as `cut`, each with its part of speech (the pinyin model reads them). */
  tag?(text: string): TaggedWord[];
  /**
   * Whether `word` is one word of the segmenter's own dictionary. `cut` also guesses new words
   * from character statistics (图馆), so one word out of `cut` proves nothing.
   */
  isDictionaryWord?(word: string): boolean;
}

/** The part of jieba-wasm's API we use; both its Node and web builds provide it. */
export interface JiebaApi {
  cut(text: string, hmm?: boolean | null): string[];
  tag(text: string, hmm?: boolean | null): TaggedWord[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

/**
 * Wraps jieba, teaching it `customWords` (glossary terms) first so they stay whole words.
 * `knownWord` (CC-CEDICT's headwords) vouches for words jieba only guessed (据信, 低碳), so the
 * regrouping leaves them whole.
 */
export function createJiebaSegmenter(
  jieba: JiebaApi,
  customWords: Iterable<string> = [],
  knownWord?: (word: string) => boolean,
): Segmenter {
  const custom = new Set(customWords);
  for (const word of custom) jieba.add_word(word);
  const lexicon = createJiebaLexicon(jieba, custom, knownWord);
  const tag = (text: string): TaggedWord[] => (text ? regroupWords(jieba.tag(text, true), lexicon) : []);
  return throughSimplifiedView({
    cut: (text) => tag(text).map((w) => w.word),
    tag,
    isDictionaryWord: (word) => word.length >= 2 && jieba.cut(word, false).length === 1,
  });
}
