/** Small DOM helpers shared by the tooltip's renderer and its blocks. Text only ever goes in as text nodes. */
import type { Syllable } from './syllables';

export type Child = Node | string | null | undefined | false;

export function el(doc: Document, tag: string, className: string, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/** The CSS class for a syllable's tone colour ('' when colours are off or it is not a syllable). */
export function toneClass(syllable: Syllable, toneColours: boolean): string {
  if (!toneColours || syllable.tone === 0) return '';
  return `tone${syllable.tone}`;
}

export function renderSyllables(doc: Document, syllables: readonly Syllable[], toneColours: boolean, className: string): HTMLElement {
  const line = el(doc, 'span', className);
  line.lang = 'zh-Latn-pinyin';
  syllables.forEach((syllable, i) => {
    // Real spaces between syllables, so copying the reading gives "xìn fǎng".
    if (i > 0) line.append(' ');
    line.append(el(doc, 'span', ['syl', toneClass(syllable, toneColours)].filter(Boolean).join(' '), syllable.text));
  });
  return line;
}
