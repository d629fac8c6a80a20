/**
 * DOM for a TooltipView. Dictionary text is only ever set as textContent, never parsed as HTML.
 */
import type { Syllable } from './syllables';
import { toneClass, type TooltipView } from './view-model';

type Child = Node | string | null | undefined | false;

function el(doc: Document, tag: string, className: string, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

function renderSyllables(doc: Document, syllables: readonly Syllable[], toneColours: boolean, className: string): HTMLElement {
  const line = el(doc, 'span', className);
  line.lang = 'zh-Latn-pinyin';
  syllables.forEach((syllable, i) => {
    // Real spaces between syllables, so copying the reading gives "xìn fǎng".
    if (i > 0) line.append(' ');
    line.append(el(doc, 'span', ['syl', toneClass(syllable, toneColours)].filter(Boolean).join(' '), syllable.text));
  });
  return line;
}

function renderReadings(doc: Document, view: TooltipView): HTMLElement[] {
  return view.readings.map((group) => {
    const list = el(doc, 'ol', '');
    const extras: string[] = [];
    for (const sense of group.senses) {
      for (const [i, definition] of sense.definitions.entries()) {
        const item = el(doc, 'li', '', definition);
        if (i === 0 && sense.traditional) item.prepend(el(doc, 'span', 'sense-form', sense.traditional));
        list.append(item);
      }
      if (sense.classifiers.length) extras.push(`measure word: ${sense.classifiers.join(', ')}`);
      if (sense.variantOf.length) extras.push(`see ${sense.variantOf.join('; ')}`);
    }
    // Measure words and cross-references are about the entry, not numbered meanings.
    const extra = extras.length > 0 && el(doc, 'div', 'extra', [...new Set(extras)].join(' · '));
    return el(doc, 'div', 'reading', renderSyllables(doc, group.syllables, view.toneColours, 'pinyin'), list, extra);
  });
}

function renderGlossary(doc: Document, view: TooltipView): HTMLElement | null {
  const note = view.glossary;
  if (!note) return null;
  const block = el(
    doc,
    'section',
    'note',
    el(doc, 'div', 'note-head', el(doc, 'span', 'gloss', note.gloss), note.category && el(doc, 'span', 'category', note.category)),
    note.explanation && el(doc, 'div', 'explanation', note.explanation),
    note.related.length > 0 && el(doc, 'div', 'related', `Related: ${note.related.join('、')}`),
  );
  block.setAttribute('aria-label', 'News glossary');
  return block;
}

function renderCharacters(doc: Document, view: TooltipView): HTMLElement | null {
  if (view.characters.length === 0) return null;
  const grid = el(doc, 'div', 'chars');
  for (const line of view.characters) {
    const char = el(doc, 'span', 'char', line.char);
    char.lang = 'zh';
    grid.append(char, renderSyllables(doc, line.syllables, view.toneColours, 'char-pinyin'), el(doc, 'span', 'char-meaning', line.meaning));
  }
  return grid;
}

/** The panel's children for a view; the panel element itself is kept by the Tooltip. */
export function renderTooltip(doc: Document, view: TooltipView): Node[] {
  const word = el(doc, 'span', 'word', view.word);
  word.lang = 'zh-Hans';
  const trad = view.traditional ? el(doc, 'span', 'trad', view.traditional) : null;
  if (trad) trad.lang = 'zh-Hant';
  const readings = renderReadings(doc, view);
  const nodes: Node[] = [el(doc, 'div', 'head', word, trad), ...readings];
  if (readings.length === 0 && !view.glossary) nodes.push(el(doc, 'div', 'empty', 'No dictionary entry.'));
  const glossary = renderGlossary(doc, view);
  if (glossary) nodes.push(glossary);
  const characters = renderCharacters(doc, view);
  if (characters) nodes.push(characters);
  return nodes;
}
