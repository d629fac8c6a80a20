/** The shapes of the learner's stored data, shared by the stored items and the backup file. */
import * as v from 'valibot';
import { isWord } from './known-words';
import { MAX_NOTE_LENGTH } from './limits';

export const KnownWordSchema = v.pipe(v.string(), v.check(isWord, 'not a Chinese word'));

export const WordNoteSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NOTE_LENGTH)),
  /** Milliseconds since the epoch. */
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type WordNote = v.InferOutput<typeof WordNoteSchema>;

/** Notes by word (Simplified). */
export const NotesSchema = v.record(KnownWordSchema, WordNoteSchema);
