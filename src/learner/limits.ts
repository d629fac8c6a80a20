/** Sizes the learner's stored data keeps to (storage.local is roomy; a tooltip and an import are not). */

/** Notes longer than this are cut when saved. */
export const MAX_NOTE_LENGTH = 2000;
/** HSK 1–9 is 11,000 words; room for that and a reader's own on top. */
export const MAX_KNOWN_WORDS = 30_000;
