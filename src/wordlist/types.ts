/** One word the reader saved from a page, with enough context to study it later. */
export interface WordListEntry {
  word: string;
  /** Reading with tone marks (`xìn fǎng`). */
  pinyin: string;
  /** The first senses, joined with "; ". */
  definition: string;
  /** The sentence around the word on the page it was saved from. */
  sentence: string;
  url: string;
  title: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
}

/** Columns of both exports, in order. */
export const EXPORT_COLUMNS = ['word', 'pinyin', 'definition', 'sentence', 'url'] as const;
