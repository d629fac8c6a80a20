/** A character's or a word's gist in one short line, for the tooltip's per-character and per-part lists. */
import type { DictionarySense } from '../../../messaging/protocol';

const MAX_CHARACTER_MEANING = 48;

export function shortMeaning(senses: readonly DictionarySense[]): string {
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
