/** How many words the list keeps, and the error when it is full (no storage import: the tooltip uses it). */

/** About 1 KB each with the sentence and address: a few MB of storage.local's 10 MB. */
export const MAX_WORDS = 3_000;

/** The list holds MAX_WORDS words: saving one more needs room first (the tooltip says so in the reader's language: tooltipWordListFull). */
export class WordListFullError extends Error {
  constructor() {
    super(`Word list full (${MAX_WORDS.toLocaleString('en')} words): remove some in Options to save more.`);
    this.name = 'WordListFullError';
  }
}
