/** Each character of a multi-character word with its usual reading and a short meaning. */
import { el, renderSyllables } from '../dom';
import { splitReading, type Syllable } from '../syllables';
import { shortMeaning } from './short-meaning';
import type { TooltipBlock } from './types';

export interface CharacterLine {
  char: string;
  syllables: Syllable[];
  meaning: string;
}

export const charactersBlock: TooltipBlock<CharacterLine[]> = {
  id: 'characters',
  slot: 'body',
  build({ lookup, display }) {
    const word = lookup.simplified || lookup.word;
    if ([...word].length < 2 || lookup.characters.length === 0) return null;
    return lookup.characters.map(({ char, senses }) => ({
      char,
      // A character's first sense gives its usual reading; others are listed in its own lookup.
      syllables: senses[0] ? splitReading(senses[0].pinyin, display.pinyinStyle) : [],
      meaning: shortMeaning(senses),
    }));
  },
  render(lines, { doc, toneColours }) {
    const grid = el(doc, 'div', 'chars');
    for (const line of lines) {
      const char = el(doc, 'span', 'char', line.char);
      char.lang = 'zh';
      grid.append(char, renderSyllables(doc, line.syllables, toneColours, 'char-pinyin'), el(doc, 'span', 'char-meaning', line.meaning));
    }
    return grid;
  },
};
