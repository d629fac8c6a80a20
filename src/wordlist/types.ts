import * as v from 'valibot';

/** One word the reader saved from a page, with enough context to study it later. */
export const WordListEntrySchema = v.object({
  word: v.pipe(v.string(), v.minLength(1)),
  /** Reading with tone marks (`xìn fǎng`). */
  pinyin: v.string(),
  /** The first senses, joined with "; ". */
  definition: v.string(),
  /** The sentence around the word on the page it was saved from. */
  sentence: v.string(),
  url: v.string(),
  title: v.string(),
  /** Milliseconds since the epoch. */
  savedAt: v.pipe(v.number(), v.finite()),
});
export type WordListEntry = v.InferOutput<typeof WordListEntrySchema>;

/** Columns of both exports, in order. */
export const EXPORT_COLUMNS = ['word', 'pinyin', 'definition', 'sentence', 'url'] as const;
