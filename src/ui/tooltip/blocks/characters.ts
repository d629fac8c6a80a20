/** Each character of a multi-character word with its usual reading and a short meaning. */
import type { DictionarySense } from '../../../messaging/protocol';
import { el, renderSyllables } from '../dom';
import { splitReading, type Syllable } from '../syllables';
import type { TooltipBlock } from './types';

export interface CharacterLine {
  char: string;
  syllables: Syllable[];
  meaning: string;
}

const MAX_CHARACTER_MEANING = 48;

function shortMeaning(senses: readonly DictionarySense[]): string {
  // Skip "variant of …" and surname-only senses when a real meaning exists.
  const useful = senses.filter((s) => s.definitions.some((d) => !/^(surname \w+|variant of)/i.test(d)));
  const source = useful[0] ?? senses[0];
  if (!source) return '';
  let meaning = '';
  for (const definition of source.definitions) {
    const next = meaning ? `${meaning}; ${definition}` : definition;
    if (next.length > MAX_CHARACTER_MEANING && meaning) break;
    meaning = next;
  }
  return meaning.length > MAX_CHARACTER_MEANING ? `${meaning.slice(0, MAX_CHARACTER_MEANING - 1)}…` : meaning;
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
