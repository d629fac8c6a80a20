/**
 * How much one message may carry. The background is one thread shared by every tab: an article
 * beyond these is sent in parts (see split-analyze.ts), and a request beyond them is refused with
 * `too-large` instead of stalling everyone else's lookups for seconds.
 */

/** Characters of paragraph text in one analyze request: about a third of a second of jieba and spam work. */
export const MAX_ANALYZE_CHARS = 60_000;
/** Paragraphs in one analyze request. */
export const MAX_ANALYZE_PARAGRAPHS = 2_000;
/** A headline longer than this is not a headline; it is cut, not refused. */
export const MAX_TITLE_CHARS = 500;
/** A word to look up, or the text at the pointer for a longest match. */
export const MAX_LOOKUP_CHARS = 200;
/** Numbered readings of a looked-up word, joined with spaces. */
export const MAX_READING_CHARS = 2_000;
/** Links in one paragraph: a link per two characters of a long paragraph is already a link list. */
export const MAX_LINKS_PER_PARAGRAPH = 1_000;
