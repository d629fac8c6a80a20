/** The curated glossary's note for news and governance terms, in its own framed block. */
import { el, renderSyllables } from '../dom';
import { splitReading, type Syllable } from '../syllables';
import type { TooltipBlock } from './types';

export interface GlossaryBlockView {
  term: string;
  syllables: Syllable[];
  gloss: string;
  explanation: string;
  category: string;
  related: string[];
  /**
   * The dictionary has no reading for the term (985工程, 12345热线): the glossary's reading, with the
   * digits and letters read out, is the only one the tooltip can show.
   */
  showReading: boolean;
}

export const glossaryBlock: TooltipBlock<GlossaryBlockView> = {
  id: 'glossary',
  slot: 'body',
  build({ lookup, display }) {
    const note = lookup.glossary;
    if (!note) return null;
    return {
      term: note.term,
      syllables: splitReading(note.pinyin, display.pinyinStyle),
      gloss: note.gloss,
      explanation: note.explanation,
      category: note.category,
      related: note.related ?? [],
      showReading: lookup.senses.length === 0,
    };
  },
  render(view, { doc, t, toneColours }) {
    const block = el(
      doc,
      'section',
      'note',
      view.showReading && renderSyllables(doc, view.syllables, toneColours, 'pinyin'),
      el(doc, 'div', 'note-head', el(doc, 'span', 'gloss', view.gloss), view.category && el(doc, 'span', 'category', view.category)),
      view.explanation && el(doc, 'div', 'explanation', view.explanation),
      view.related.length > 0 && el(doc, 'div', 'related', t('tooltipRelated', view.related.join('、'))),
    );
    block.setAttribute('aria-label', t('tooltipGlossaryLabel'));
    return block;
  },
};
