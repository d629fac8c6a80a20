/** The shipped glossary (`/data/glossary.json`), indexed by simplified and traditional form. */
import type { GlossaryNote } from '../messaging/protocol';

export interface GlossaryIndex {
  get(word: string): GlossaryNote | undefined;
  /** Every form (simplified and traditional) of every term. */
  forms(): string[];
}

export function createGlossaryIndex(notes: readonly GlossaryNote[]): GlossaryIndex {
  const byForm = new Map<string, GlossaryNote>();
  for (const note of notes) {
    byForm.set(note.term, note);
    if (note.traditional && !byForm.has(note.traditional)) byForm.set(note.traditional, note);
  }
  return { get: (word) => byForm.get(word), forms: () => [...byForm.keys()] };
}

/** Parses the shipped JSON, keeping only entries that have the fields the tooltip needs. */
export function parseGlossaryNotes(json: string): GlossaryNote[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) return [];
  return value.filter(
    (n): n is GlossaryNote =>
      typeof n === 'object' && n !== null && typeof (n as GlossaryNote).term === 'string' && typeof (n as GlossaryNote).gloss === 'string',
  );
}
