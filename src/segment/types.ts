/** The segmenter's interface and the jieba API it wraps: one file the stages and their callers share. */

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
   * `tag` for the paragraphs of one page (those `wanted`, all without it; the others get no words),
   * each read with the whole page in view: a name or a place the page repeats as a unit is one
   * word on that page (page-words.ts).
   */
  tagPage?(texts: readonly string[], wanted?: ReadonlySet<number>): TaggedWord[][];
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
 * The part of the language model (src/lm's LanguageModel) the segmenter asks: word ids, the
 * model's own cut of a word it lacks, and trigram probabilities (natural logs).
 */
export interface WordModel {
  readonly boundary: number;
  /** -1 when the model has no such word. */
  idOf(word: string): number;
  cut(text: string, opens?: boolean, closes?: boolean): { ids: number[] };
  logp(before2: number, before1: number, word: number): number;
  /** ln P(left right) − ln P(left) − ln P(right): positive when the words across the seam belong together. */
  junctionFit?(left: string, right: string, leftOpens?: boolean, rightCloses?: boolean): number;
}
