/**
 * Dudong's page CSS, adopted by the document rather than added as a <style> node, so the page's DOM
 * holds nothing but the annotations themselves.
 */
import { RUBY_CLASS, REVEAL_ATTRIBUTE, SPAM_ATTRIBUTE, TONE_CLASS_PREFIX } from './markers';

// !important where a page's own rules for ruby (some hide every <rt>, some restyle `ruby`) would
// otherwise break the readings.
const CSS = `
/* A little air between words: readings wider than their characters would otherwise run together. */
ruby.${RUBY_CLASS} { display: ruby !important; ruby-position: over; margin-inline: 0.12em; }
ruby.${RUBY_CLASS} > rt {
  display: ruby-text !important; font-size: 0.55em !important; line-height: 1 !important;
  font-weight: normal; font-style: normal; letter-spacing: 0; text-indent: 0;
  text-transform: none; text-decoration: none; opacity: 0.8;
  /* Copying the page must give the Chinese text only, never the readings. */
  user-select: none !important; -webkit-user-select: none !important;
}
/* Tone colours (MDBG / Pleco convention, as in the tooltip): 1 red, 2 orange, 3 green, 4 blue. */
ruby.${RUBY_CLASS} > rt > .${TONE_CLASS_PREFIX}1 { color: #d0202a; }
ruby.${RUBY_CLASS} > rt > .${TONE_CLASS_PREFIX}2 { color: #c46a00; }
ruby.${RUBY_CLASS} > rt > .${TONE_CLASS_PREFIX}3 { color: #1f8a2e; }
ruby.${RUBY_CLASS} > rt > .${TONE_CLASS_PREFIX}4 { color: #1f55c8; }
ruby.${RUBY_CLASS} > rt > .${TONE_CLASS_PREFIX}5 { color: #8a8a8a; }
[${SPAM_ATTRIBUTE}] { display: none !important; }
html[${REVEAL_ATTRIBUTE}] [${SPAM_ATTRIBUTE}] {
  display: inline !important; text-decoration: line-through; color: #b3261e;
  background: rgba(179, 38, 30, 0.08); cursor: help;
}
`;

let sheet: CSSStyleSheet | undefined;

export function installPageStyles(doc: Document = document): void {
  sheet ??= createSheet();
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export function removePageStyles(doc: Document = document): void {
  if (!sheet) return;
  const current = sheet;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== current);
}

function createSheet(): CSSStyleSheet {
  const created = new CSSStyleSheet();
  created.replaceSync(CSS);
  return created;
}
