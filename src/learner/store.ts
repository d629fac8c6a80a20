/**
 * The reader's own data in `storage.local` (device-local: the sync quota is 100 KB, a known-word list
 * of HSK 1–6 alone is ~50 KB): known words and notes. Moving them between devices is export/import
 * (src/learner/backup.ts). Shared by the reader (tooltip, page marks) and the options page.
 */
import * as v from 'valibot';
import { defineValidatedItem, validEntries } from '../settings/validated-item';
import { isWord, withWord } from './known-words';
import { KnownWordsFullError, MAX_KNOWN_WORDS, MAX_NOTE_LENGTH, MAX_NOTES, NotesFullError } from './limits';
import { KnownWordSchema, NotesSchema, WordNoteSchema, type WordNote } from './schemas';

export type { WordNote } from './schemas';


/** Known words, Simplified, sorted. */
export const knownWordsItem = defineValidatedItem('local:learner.knownWords', {
  schema: v.pipe(v.array(KnownWordSchema), v.maxLength(MAX_KNOWN_WORDS)),
  fallback: [],
  version: 1,
  repair: validEntries(KnownWordSchema),
});

/** The reader's notes by word (Simplified). */
export const notesItem = defineValidatedItem('local:learner.notes', {
  schema: NotesSchema,
  fallback: {},
  version: 1,
  repair: (raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
    const kept: Record<string, WordNote> = {};
    for (const [word, note] of Object.entries(raw)) {
      const parsed = v.safeParse(WordNoteSchema, note);
      if (isWord(word) && parsed.success) kept[word] = parsed.output;
    }
    return kept;
  },
});

export { KnownWordsFullError } from './limits';

export async function setKnown(word: string, known: boolean): Promise<void> {
  await knownWordsItem.update((list) => {
    const next = withWord(list, word, known);
    if (next.length > MAX_KNOWN_WORDS) throw new KnownWordsFullError();
    return next;
  });
}

/** An empty text removes the note. */
export async function setNote(word: string, text: string, now = Date.now()): Promise<void> {
  const cut = text.trim().slice(0, MAX_NOTE_LENGTH);
  await notesItem.update((notes) => {
    const next = { ...notes };
    if (cut && !(word in next) && Object.keys(next).length >= MAX_NOTES) throw new NotesFullError();
    if (cut) next[word] = { text: cut, updatedAt: now };
    else delete next[word];
    return next;
  });
}
