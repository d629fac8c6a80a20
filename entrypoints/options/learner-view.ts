/**
 * The options page's known words (count, start from an HSK level, import, export, forget) and the
 * one-file export/import of everything the reader made (known words, notes, word list).
 */
import type { Translate } from '../../src/i18n/translate';
import { BackupTooLargeError, mergeBackup, parseBackup, toBackupJson, type BackupLimit, type BackupProblem } from '../../src/learner/backup';
import { parseHskTable } from '../../src/learner/hsk-table';
import { exportKnownWords, mergeWords, parseKnownWordsImport } from '../../src/learner/known-words';
import { MAX_KNOWN_WORDS } from '../../src/learner/limits';
import { knownWordsItem, notesItem } from '../../src/learner/store';
import { wordListItem } from '../../src/wordlist/store';
import { datedName, downloadText } from './download';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options page is missing #${id}`);
  return element as T;
}

/** The extension's own HSK table (the file the background reads). */
async function hskWordsUpTo(band: number): Promise<string[]> {
  const response = await fetch('/data/hsk.txt');
  if (!response.ok) throw new Error(`HSK table: ${response.status}`);
  return parseHskTable(await response.text()).wordsUpTo(band);
}

async function readFile(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  input.value = ''; // the same file can be chosen again
  return file ? file.text() : null;
}

const BACKUP_PROBLEM_KEYS = {
  'not-json': 'optionsBackupNotJson',
  'not-dudong': 'optionsBackupNotDudong',
  'newer-version': 'optionsBackupNewer',
  invalid: 'optionsBackupInvalid',
} as const satisfies Record<BackupProblem, string>;

const BACKUP_LIMIT_KEYS = {
  'known-words': 'optionsBackupTooManyKnown',
  notes: 'optionsBackupTooManyNotes',
  'word-list': 'optionsBackupTooManyWords',
} as const satisfies Record<BackupLimit, string>;

export function setUpLearnerData(t: Translate): void {
  const message = byId('learner-message');
  const say = (text: string, isError = false) => {
    message.textContent = text;
    message.classList.toggle('error', isError);
  };

  const showCounts = async () => {
    const [known, notes] = await Promise.all([knownWordsItem.getValue(), notesItem.getValue()]);
    byId('known-count').textContent = t('optionsKnownCount', known.length);
    byId('notes-count').textContent = t('optionsNotesCount', Object.keys(notes).length);
    byId<HTMLButtonElement>('known-export').disabled = known.length === 0;
    byId<HTMLButtonElement>('known-clear').disabled = known.length === 0;
  };
  void showCounts();
  knownWordsItem.watch(() => void showCounts());
  notesItem.watch(() => void showCounts());

  const addKnown = async (words: readonly string[]) => {
    const before = await knownWordsItem.getValue();
    const next = mergeWords(before, words);
    if (next.length > MAX_KNOWN_WORDS) {
      say(t('optionsKnownTooMany', MAX_KNOWN_WORDS), true);
      return;
    }
    await knownWordsItem.setValue(next);
    say(t('optionsKnownAdded', next.length - before.length, next.length));
  };

  byId('known-add-level').addEventListener('click', async () => {
    const band = Number(byId<HTMLSelectElement>('known-level').value);
    try {
      await addKnown(await hskWordsUpTo(band));
    } catch (error) {
      say(t('optionsFailed', String(error)), true);
    }
  });

  byId<HTMLInputElement>('known-import').addEventListener('change', async (event) => {
    const text = await readFile(event.target as HTMLInputElement);
    if (text === null) return;
    const parsed = parseKnownWordsImport(text);
    if (!parsed.ok) {
      const key = parsed.problem === 'not-words' ? 'optionsImportNotWords' : parsed.problem === 'binary' ? 'optionsImportBinary' : 'optionsImportEmpty';
      say(t(key, parsed.lines.join(', ')), true);
      return;
    }
    await addKnown(parsed.words);
  });

  byId('known-export').addEventListener('click', async () => {
    downloadText(`${datedName('dudong-known-words')}.txt`, exportKnownWords(await knownWordsItem.getValue()), 'text/plain;charset=utf-8');
  });

  byId('known-clear').addEventListener('click', async () => {
    const count = (await knownWordsItem.getValue()).length;
    if (!confirm(t('optionsKnownClearConfirm', count))) return;
    await knownWordsItem.removeValue();
    say(t('optionsKnownCleared'));
  });

  byId('backup-export').addEventListener('click', async () => {
    const [knownWords, notes, wordList] = await Promise.all([knownWordsItem.getValue(), notesItem.getValue(), wordListItem.getValue()]);
    downloadText(`${datedName('dudong-data')}.json`, toBackupJson({ knownWords, notes, wordList }), 'application/json');
  });

  byId<HTMLInputElement>('backup-import').addEventListener('change', async (event) => {
    const text = await readFile(event.target as HTMLInputElement);
    if (text === null) return;
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      say(t(BACKUP_PROBLEM_KEYS[parsed.problem], parsed.detail), true);
      return;
    }
    try {
      const [knownWords, notes, wordList] = await Promise.all([knownWordsItem.getValue(), notesItem.getValue(), wordListItem.getValue()]);
      const merged = mergeBackup({ knownWords, notes, wordList }, parsed.data);
      // Checked as a whole first (mergeBackup throws when it would not fit): no half-imports.
      await Promise.all([knownWordsItem.setValue(merged.knownWords), notesItem.setValue(merged.notes), wordListItem.setValue(merged.wordList)]);
      say(t('optionsBackupImported', parsed.data.knownWords.length, Object.keys(parsed.data.notes).length, parsed.data.wordList.length));
    } catch (error) {
      if (error instanceof BackupTooLargeError) say(t(BACKUP_LIMIT_KEYS[error.what], error.limit.toLocaleString('en')), true);
      else say(t('optionsFailed', error instanceof Error ? error.message : String(error)), true);
    }
  });
}
