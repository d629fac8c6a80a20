/**
 * A word with no entry of its own (铁路运输, 副局长): its reading as the page shows it, and the
 * dictionary words or characters it is made of, each with its reading and a short meaning, so the
 * tooltip never comes up empty.
 */
import { el, renderSyllables } from '../dom';
import { splitReading, type Syllable } from '../syllables';
import { shortMeaning } from './short-meaning';
import type { TooltipBlock } from './types';

export interface PartLine {
  text: string;
  syllables: Syllable[];
  meaning: string;
}

export interface PartsView {
  /** The whole word's reading (empty when the page gave none). */
  reading: Syllable[];
  parts: PartLine[];
}

export const partsBlock: TooltipBlock<PartsView> = {
  id: 'parts',
  slot: 'body',
  build({ lookup, display }) {
    if (!lookup.parts?.length) return null;
    return {
      reading: lookup.reading ? splitReading(lookup.reading, display.pinyinStyle) : [],
      parts: lookup.parts.map((part) => ({
        text: part.text,
        syllables: part.pinyin ? splitReading(part.pinyin, display.pinyinStyle) : [],
        meaning: shortMeaning(part.senses),
      })),
    };
  },
  render(view, { doc, t, toneColours }) {
    const block = el(doc, 'section', 'parts');
    if (view.reading.length) block.append(el(doc, 'div', 'reading', renderSyllables(doc, view.reading, toneColours, 'pinyin')));
    block.append(el(doc, 'div', 'parts-label', t('tooltipPartsLabel')));
    const grid = el(doc, 'div', 'chars');
    for (const part of view.parts) {
      const text = el(doc, 'span', 'char', part.text);
      text.lang = 'zh';
      grid.append(text, renderSyllables(doc, part.syllables, toneColours, 'char-pinyin'), el(doc, 'span', 'char-meaning', part.meaning));
    }
    block.append(grid);
    return block;
  },
};
