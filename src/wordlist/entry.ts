/**
 * A word list entry from a lookup and where it was seen. Pure.
 */
import type { LookupResponse } from '../messaging/protocol';
import { readingWithMarks } from '../ui/tooltip/syllables';
import type { WordListEntry } from './types';

const MAX_DEFINITIONS = 4;

export interface SavedContext {
  sentence: string;
  url: string;
  title: string;
  savedAt: number;
}

/** The first reading's first definitions; the glossary gloss leads when there is one. */
function firstDefinitions(lookup: LookupResponse): string {
  const first = lookup.senses[0];
  const definitions: string[] = [];
  if (lookup.glossary?.gloss) definitions.push(lookup.glossary.gloss);
  if (first) {
    for (const sense of lookup.senses) {
      if (sense.pinyin !== first.pinyin) continue;
      for (const d of sense.definitions) if (!definitions.includes(d)) definitions.push(d);
    }
  }
  return definitions.slice(0, MAX_DEFINITIONS).join('; ');
}

export function buildWordListEntry(lookup: LookupResponse, context: SavedContext): WordListEntry {
  const reading = lookup.senses[0]?.pinyin ?? lookup.glossary?.pinyin ?? '';
  return {
    word: lookup.simplified || lookup.word,
    pinyin: readingWithMarks(reading),
    definition: firstDefinitions(lookup),
    sentence: context.sentence,
    url: context.url,
    title: context.title,
    savedAt: context.savedAt,
  };
}

/** Adds or refreshes an entry; one entry per word and page (the newest sentence wins, moved to the end). */
export function addEntry(list: readonly WordListEntry[], entry: WordListEntry): WordListEntry[] {
  return [...list.filter((e) => !(e.word === entry.word && e.url === entry.url)), entry];
}

export function removeEntry(list: readonly WordListEntry[], word: string, url: string): WordListEntry[] {
  return list.filter((e) => !(e.word === word && e.url === url));
}
