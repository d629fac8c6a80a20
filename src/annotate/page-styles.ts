/**
 * Dudong's page CSS, adopted by the document rather than added as a <style> node, so the page's DOM
 * holds nothing but the annotations themselves.
 */
import { ANNOTATED_BLOCK_ATTRIBUTE, KNOWN_ATTRIBUTE, RUBY_CLASS, REVEAL_ATTRIBUTE, SPAM_ATTRIBUTE, SUSPECT_ATTRIBUTE, TONE_CLASS_PREFIX } from './markers';

/**
 * Pages style ruby for their own purposes, and some hide every reading (`rt { visibility: hidden
 * !important }`, display, font-size, colour and opacity games). Two cascade rules keep ours intact
 * without touching the page's DOM:
 * - the rules sit in a cascade layer, and an !important declaration in a layer beats every
 *   !important declaration outside layers, whatever its specificity (CSS Cascade 5, "important
 *   origins and layers in reverse order");
 * - `all: revert` first takes back every property the page set on our elements, so a property we did
 *   not think of (transform, clip-path, filter…) cannot hide a reading either.
 * The page's own ruby are not matched (class `dudong` only) and keep whatever the page gives them.
 */
const RUBY = `ruby.${RUBY_CLASS}`;
const CSS = `
@layer dudong {
${RUBY}, ${RUBY} > rt, ${RUBY} > rt > span { all: revert !important; }
${RUBY}::before, ${RUBY}::after, ${RUBY} > rt::before, ${RUBY} > rt::after { content: none !important; }
/* A little air between words: readings wider than their characters would otherwise run together. */
${RUBY} { display: ruby !important; ruby-position: over !important; margin-inline: 0.12em !important; visibility: visible !important; }
${RUBY} > rt {
  display: ruby-text !important; font-size: 0.55em !important; line-height: 1 !important;
  visibility: visible !important; opacity: 0.8 !important;
  font-weight: normal !important; font-style: normal !important; letter-spacing: 0 !important;
  text-indent: 0 !important; text-transform: none !important; text-decoration: none !important;
  /* Copying the page must give the Chinese text only, never the readings. */
  user-select: none !important; -webkit-user-select: none !important;
}
${RUBY} > rt > span { display: inline !important; }
/* A word the reader knows keeps its ruby, without the reading (DESIGN.md). */
${RUBY}[${KNOWN_ATTRIBUTE}] > rt { display: none !important; }
/* Tone colours (MDBG / Pleco convention, as in the tooltip): 1 red, 2 orange, 3 green, 4 blue. */
${RUBY} > rt > .${TONE_CLASS_PREFIX}1 { color: #d0202a !important; }
${RUBY} > rt > .${TONE_CLASS_PREFIX}2 { color: #c46a00 !important; }
${RUBY} > rt > .${TONE_CLASS_PREFIX}3 { color: #1f8a2e !important; }
${RUBY} > rt > .${TONE_CLASS_PREFIX}4 { color: #1f55c8 !important; }
${RUBY} > rt > .${TONE_CLASS_PREFIX}5 { color: #8a8a8a !important; }
[${SPAM_ATTRIBUTE}] { display: none !important; }
/* Far from the viewport, an annotated block is not laid out; it keeps the size it had on screen. */
[${ANNOTATED_BLOCK_ATTRIBUTE}] { content-visibility: auto; contain-intrinsic-size: auto none; }
html[${REVEAL_ATTRIBUTE}] [${SPAM_ATTRIBUTE}] {
  display: inline !important; text-decoration: line-through !important; color: #b3261e !important;
  background: rgba(179, 38, 30, 0.08) !important; cursor: help !important;
}
/* Possibly inserted: left for the reader to judge, so only a quiet wash and a dotted line under it. */
[${SUSPECT_ATTRIBUTE}] {
  display: inline !important; background: rgba(214, 150, 0, 0.13) !important;
  text-decoration: underline dotted rgba(160, 105, 0, 0.75) !important; text-underline-offset: 0.2em !important;
}
}
`;

let sheet: CSSStyleSheet | undefined;

/** Adopts the sheet in a document, or in an open shadow root whose text is annotated (page styles do not reach into it). */
export function installPageStyles(tree: Document | ShadowRoot = document): void {
  sheet ??= createSheet();
  if (!tree.adoptedStyleSheets.includes(sheet)) tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
}

export function removePageStyles(tree: Document | ShadowRoot = document): void {
  if (!sheet) return;
  const current = sheet;
  tree.adoptedStyleSheets = tree.adoptedStyleSheets.filter((s) => s !== current);
}

function createSheet(): CSSStyleSheet {
  const created = new CSSStyleSheet();
  created.replaceSync(CSS);
  return created;
}
