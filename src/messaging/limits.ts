/**
 * How much one message may carry. The background is one thread shared by every tab: an article
 * beyond these is sent in parts (see split-analyze.ts), and a request beyond them is refused with
 * `too-large` instead of stalling everyone else's lookups for seconds.
 */

/**
 * Characters of paragraph text in one analyze request. The spam judgement of a whole part is what
 * the first ruby of a long page waits for, and it grew with the language model's evidence: 15,000
 * characters of news took 2.8 s in Node on a 2-core machine busy with other work (2026-12-05), most
 * of it the segmenter's words and their regrouping. At 60,000 a million-character page's first ruby
 * took 27–28 s in Firefox on that machine; at 20,000, 8–10 s. News articles are far shorter (the
 * corpus's longest is 2,000 characters), so only very long pages are judged in parts.
 */
export const MAX_ANALYZE_CHARS = 20_000;
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
