/**
 * The saved word list in `browser.storage.local`, shared by content scripts (save) and the options
 * page (show, delete, export). Each entry is checked on every read: a malformed one is set aside,
 * the others stay.
 */
import * as v from 'valibot';
import { defineValidatedItem, validEntries } from '../settings/validated-item';
import { addEntry, removeEntry } from './entry';
import { MAX_WORDS, WordListFullError } from './limits';
import { WordListEntrySchema, type WordListEntry } from './types';

export const wordListItem = defineValidatedItem('local:wordList', {
  schema: v.array(WordListEntrySchema),
  fallback: [],
  version: 1,
  repair: validEntries(WordListEntrySchema),
});

export async function saveWord(entry: WordListEntry): Promise<void> {
  await wordListItem.update((list) => {
    const next = addEntry(list, entry);
    if (next.length > MAX_WORDS) throw new WordListFullError();
    return next;
  });
}

export async function deleteWord(word: string, url: string): Promise<void> {
  await wordListItem.update((list) => removeEntry(list, word, url));
}

export async function clearWordList(): Promise<void> {
  await wordListItem.removeValue();
}
