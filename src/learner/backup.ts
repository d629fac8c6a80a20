/**
 * One JSON file for everything the reader made: known words, notes and the saved word list. It is
 * how these move to another browser (they live in storage.local, which does not sync). Pure: text
 * in, checked data out; an import is all or nothing, so a wrong file changes nothing.
 */
import * as v from 'valibot';
import { addEntry } from '../wordlist/entry';
import { MAX_WORDS } from '../wordlist/limits';
import { WordListEntrySchema, type WordListEntry } from '../wordlist/types';
import { mergeWords } from './known-words';
import { MAX_KNOWN_WORDS, MAX_NOTES } from './limits';
import { KnownWordSchema, NotesSchema, type WordNote } from './schemas';

export const BACKUP_FORMAT = 'dudong-learner-data';

export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exportedAt: v.string(),
  knownWords: v.pipe(v.array(KnownWordSchema), v.maxLength(MAX_KNOWN_WORDS)),
  notes: NotesSchema,
  wordList: v.pipe(v.array(WordListEntrySchema), v.maxLength(MAX_WORDS)),
});
export type Backup = v.InferOutput<typeof BackupSchema>;

export interface LearnerData {
  knownWords: string[];
  notes: Record<string, WordNote>;
  wordList: WordListEntry[];
}

export function toBackupJson(data: LearnerData, now = new Date()): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: 1, exportedAt: now.toISOString(), ...data };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

export type BackupProblem = 'not-json' | 'not-dudong' | 'newer-version' | 'invalid';
export type ParsedBackup = { ok: true; data: LearnerData } | { ok: false; problem: BackupProblem; detail: string };

export function parseBackup(text: string): ParsedBackup {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (fields.format !== BACKUP_FORMAT) return { ok: false, problem: 'not-dudong', detail: '' };
  if (typeof fields.version === 'number' && fields.version > 1) return { ok: false, problem: 'newer-version', detail: String(fields.version) };
  const parsed = v.safeParse(BackupSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, problem: 'invalid', detail: `${where ? `${where}: ` : ''}${issue?.message ?? ''}` };
  }
  const { knownWords, notes, wordList } = parsed.output;
  return { ok: true, data: { knownWords, notes, wordList } };
}

/** Which cap an import would pass. */
export type BackupLimit = 'known-words' | 'notes' | 'word-list';

/** The reader's data and the file together would not fit under a cap: nothing is imported. */
export class BackupTooLargeError extends Error {
  constructor(
    readonly what: BackupLimit,
    readonly limit: number,
  ) {
    super(`more than ${limit} ${what.replace('-', ' ')}`);
    this.name = 'BackupTooLargeError';
  }
}

/**
 * The reader's data with a backup added: known words joined, the newer of two notes on a word kept,
 * saved words added (one per word and page, as saving does). Throws BackupTooLargeError when the result would not fit.
 */
export function mergeBackup(current: LearnerData, incoming: LearnerData): LearnerData {
  const knownWords = mergeWords(current.knownWords, incoming.knownWords);
  const notes = { ...current.notes };
  for (const [word, note] of Object.entries(incoming.notes)) {
    const mine = notes[word];
    if (!mine || mine.updatedAt <= note.updatedAt) notes[word] = note;
  }
  let wordList = current.wordList;
  for (const entry of incoming.wordList) wordList = addEntry(wordList, entry);
  if (knownWords.length > MAX_KNOWN_WORDS) throw new BackupTooLargeError('known-words', MAX_KNOWN_WORDS);
  if (Object.keys(notes).length > MAX_NOTES) throw new BackupTooLargeError('notes', MAX_NOTES);
  if (wordList.length > MAX_WORDS) throw new BackupTooLargeError('word-list', MAX_WORDS);
  return { knownWords, notes, wordList };
}
