/**
 * What the tooltip shows, built from a lookup: pure, so grouping and colouring are tested in Node.
 */
import type { DictionarySense, LookupResponse } from '../../messaging/protocol';
import type { PinyinStyle } from '../../pinyin/format';
import { TOOLTIP_BLOCKS } from './blocks/index';
import type { BuiltBlock, DisplaySettings, TooltipInput, WordFacts } from './blocks/types';
import { splitReading, type Syllable } from './syllables';

export type { DisplaySettings } from './blocks/types';

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

export interface TooltipView {
  /** The word as the page writes it. */
  word: string;
  /** Whether the page writes it in Traditional characters (its Simplified form is then a head block). */
  wordIsTraditional: boolean;
  /** The traditional form of a word the page writes in Simplified, only when it differs. */
  traditional?: string;
  readings: ReadingGroup[];
  /** Glossary, notes, levels, buttons…: see ./blocks/types.ts. */
  blocks: BuiltBlock[];
  toneColours: boolean;
}

const MAX_DEFINITIONS_PER_READING = 8;

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

export function buildTooltipView(lookup: LookupResponse, settings: DisplaySettings, facts: WordFacts = {}): TooltipView {
  const word = lookup.word || lookup.simplified;
  const wordIsTraditional = !!lookup.simplified && lookup.simplified !== word;
  const input: TooltipInput = { lookup, display: settings, facts };
  return {
    word,
    wordIsTraditional,
    traditional: !wordIsTraditional && lookup.traditional && lookup.traditional !== word ? lookup.traditional : undefined,
    readings: groupByReading(lookup.senses, settings.pinyinStyle),
    blocks: TOOLTIP_BLOCKS.map((build) => build(input)).filter((block): block is BuiltBlock => block !== null),
    toneColours: settings.toneColours,
  };
}

/** The view of block `id`, when it is shown (tests and callers that check one block). */
export function blockView<V>(view: TooltipView, id: string): V | undefined {
  return view.blocks.find((block) => block.id === id)?.view as V | undefined;
}

export { toneClass } from './dom';
