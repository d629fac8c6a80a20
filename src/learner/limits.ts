/** Sizes the learner's stored data keeps to (storage.local is roomy; a tooltip and an import are not). */

/** Notes longer than this are cut when saved. */
export const MAX_NOTE_LENGTH = 2000;
/** HSK 1–9 is 11,000 words; room for that and a reader's own on top. */
export const MAX_KNOWN_WORDS = 30_000;
/** Notes kept (each up to MAX_NOTE_LENGTH): a few MB of storage.local at most. */
export const MAX_NOTES = 5_000;

/** The known-word list holds MAX_KNOWN_WORDS words: marking one more needs room first. */
export class KnownWordsFullError extends Error {
  constructor() {
    super(`At most ${MAX_KNOWN_WORDS} known words can be kept.`);
    this.name = 'KnownWordsFullError';
  }
}

/**
 * The reader has MAX_NOTES notes: a new one needs room first. The message is for logs; the tooltip
 * says it in the reader's language (tooltipNotesFull).
 */
export class NotesFullError extends Error {
  constructor() {
    super(`Notes full (${MAX_NOTES.toLocaleString('en')} words): remove some before adding more.`);
    this.name = 'NotesFullError';
  }
}
