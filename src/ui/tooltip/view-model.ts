/**
 * What the tooltip shows, built from a lookup: pure, so grouping and colouring are tested in Node.
 */
import type { DictionarySense, GlossaryNote, LookupResponse } from '../../messaging/protocol';
import type { PinyinStyle } from '../../pinyin/format';
import { splitReading, type Syllable } from './syllables';

export interface DisplaySettings {
  pinyinStyle: PinyinStyle;
  toneColours: boolean;
}

export interface ReadingGroup {
  syllables: Syllable[];
  /** Each dictionary entry under this reading: its definitions, in order. */
  senses: Array<{
    definitions: string[];
    /** Measure words, shown as `个 gè`. */
    classifiers: string[];
    /** Words this is a variant of, shown as `干 gān`. */
    variantOf: string[];
    /** The traditional form this sense belongs to, when the word's senses come from several (干: 乾/幹). */
    traditional?: string;
  }>;
}

export interface CharacterLine {
  char: string;
  syllables: Syllable[];
  meaning: string;
}

export interface GlossaryBlock {
  term: string;
  syllables: Syllable[];
  gloss: string;
  explanation: string;
  category: string;
  related: string[];
}

export interface TooltipView {
  word: string;
  /** Set only when it differs from the simplified form. */
  traditional?: string;
  readings: ReadingGroup[];
  glossary?: GlossaryBlock;
  /** Per-character readings and short meanings; empty for one-character words. */
  characters: CharacterLine[];
  toneColours: boolean;
}

const MAX_DEFINITIONS_PER_READING = 8;
const MAX_CHARACTER_MEANING = 48;

function groupByReading(senses: readonly DictionarySense[], style: PinyinStyle): ReadingGroup[] {
  const groups = new Map<string, ReadingGroup>();
  for (const sense of senses) {
    const key = sense.pinyin.trim().replace(/\s+/g, ' ');
    let group = groups.get(key);
    if (!group) {
      group = { syllables: splitReading(key, style), senses: [] };
      groups.set(key, group);
    }
    group.senses.push({
      definitions: sense.definitions,
      classifiers: (sense.classifiers ?? []).map((ref) => formatReference(ref, style)),
      variantOf: (sense.variantOf ?? []).map((ref) => formatReference(ref, style)),
      ...(sense.traditional ? { traditional: sense.traditional } : {}),
    });
  }
  for (const group of groups.values()) trimDefinitions(group);
  return [...groups.values()];
}

/**
 * A CC-CEDICT cross-reference, `個|个[ge4]` (traditional|simplified[reading]) or `家[jia1]`, as the
 * simplified form and its reading: `个 gè`. Anything else is shown as it is.
 */
export function formatReference(reference: string, style: PinyinStyle): string {
  const match = /^([^|[\]]+)(?:\|([^[\]]+))?(?:\[([^\]]+)\])?$/.exec(reference.trim());
  if (!match) return reference;
  const word = match[2] ?? match[1]!;
  const reading = match[3] ? splitReading(match[3], style).map((s) => s.text).join(' ') : '';
  return reading ? `${word} ${reading}` : word;
}

/** Long entries (了, 打) would fill the screen: keep the first few definitions of each reading. */
function trimDefinitions(group: ReadingGroup): void {
  let budget = MAX_DEFINITIONS_PER_READING;
  group.senses = group.senses
    .map((sense) => {
      const definitions = sense.definitions.slice(0, Math.max(budget, 0));
      budget -= definitions.length;
      return { ...sense, definitions };
    })
    .filter((sense) => sense.definitions.length > 0 || sense.variantOf.length > 0);
}

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

function glossaryBlock(note: GlossaryNote, style: PinyinStyle): GlossaryBlock {
  return {
    term: note.term,
    syllables: splitReading(note.pinyin, style),
    gloss: note.gloss,
    explanation: note.explanation,
    category: note.category,
    related: note.related ?? [],
  };
}

export function buildTooltipView(lookup: LookupResponse, settings: DisplaySettings): TooltipView {
  const word = lookup.simplified || lookup.word;
  const isMultiCharacter = [...word].length > 1;
  return {
    word,
    traditional: lookup.traditional && lookup.traditional !== word ? lookup.traditional : undefined,
    readings: groupByReading(lookup.senses, settings.pinyinStyle),
    glossary: lookup.glossary ? glossaryBlock(lookup.glossary, settings.pinyinStyle) : undefined,
    characters: isMultiCharacter
      ? lookup.characters.map(({ char, senses }) => ({
          char,
          // A character's first sense gives its usual reading; others are listed in its own lookup.
          syllables: senses[0] ? splitReading(senses[0].pinyin, settings.pinyinStyle) : [],
          meaning: shortMeaning(senses),
        }))
      : [],
    toneColours: settings.toneColours,
  };
}

/** The CSS class for a syllable's tone colour ('' when colours are off or it is not a syllable). */
export function toneClass(syllable: Syllable, toneColours: boolean): string {
  if (!toneColours || syllable.tone === 0) return '';
  return `tone${syllable.tone}`;
}
