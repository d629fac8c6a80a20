/** Every attribute and class Dudong puts into a page, in one place (tests and the hover module use them). */

/** Set on `<html>` by the detector on Chinese pages only: 'chinese' | 'article' (written for tests and scripts; Dudong never reads it back). */
export const PAGE_KIND_ATTRIBUTE = 'data-dudong';
/** On `<html>` while hidden spam is shown in place, struck through. */
export const REVEAL_ATTRIBUTE = 'data-dudong-reveal';
/** Our ruby elements. */
export const RUBY_CLASS = 'dudong';
/** The whole segmenter word a ruby belongs to. */
export const WORD_ATTRIBUTE = 'data-dudong-word';
/** How the word is read where it stands, numbered (`yin2 hang2`): hover puts these senses first. */
export const READING_ATTRIBUTE = 'data-dudong-reading';
/** Shared by the rubies of one word that an inline element split in pieces. */
export const WORD_ID_ATTRIBUTE = 'data-dudong-wid';
/** On a hidden spam span: its family; the span's title says why it was hidden. */
export const SPAM_ATTRIBUTE = 'data-dudong-spam';
/**
 * On a page block Dudong has annotated: the browser may skip its layout while it is far from the
 * viewport (content-visibility, see src/content/far-layout.ts). Removed when Dudong is turned off.
 */
export const ANNOTATED_BLOCK_ATTRIBUTE = 'data-dudong-block';
/**
 * On a span Dudong is unsure was inserted: its family. It stays rendered, with a quiet mark, and
 * the words inside it keep their ruby; hovering one says why it may have been inserted.
 */
export const SUSPECT_ATTRIBUTE = 'data-dudong-suspect';
/** On the same span: the reason, for the tooltip (a title would pop up over the tooltip). */
export const SUSPECT_REASON_ATTRIBUTE = 'data-dudong-suspect-reason';
/** On any element of Dudong's own UI (tooltip hosts, etc.): the reader never annotates inside. */
export const UI_ATTRIBUTE = 'data-dudong-ui';
/** Class of a syllable span in an rt when tone colours are on: `dudong-t1` … `dudong-t5`. */
export const TONE_CLASS_PREFIX = 'dudong-t';
/** On a ruby whose word the reader marked known: its rt is not rendered (DESIGN.md). */
export const KNOWN_ATTRIBUTE = 'data-dudong-known';
/** On a ruby: the word's HSK 3.0 band, 1–6 or 7 for 7–9 (for colours by level). */
export const HSK_ATTRIBUTE = 'data-dudong-hsk';
