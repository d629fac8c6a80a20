/**
 * The saved word list in `browser.storage.local`, shared by content scripts (save) and the options
 * page (show, delete, export). Versioned so the entry shape can migrate later.
 */
import { storage } from 'wxt/utils/storage';
import { addEntry, removeEntry } from './entry';
import type { WordListEntry } from './types';

export const wordListItem = storage.defineItem<WordListEntry[]>('local:wordList', {
  fallback: [],
  version: 1,
});

export async function saveWord(entry: WordListEntry): Promise<void> {
  await wordListItem.setValue(addEntry(await wordListItem.getValue(), entry));
}

export async function deleteWord(word: string, url: string): Promise<void> {
  await wordListItem.setValue(removeEntry(await wordListItem.getValue(), word, url));
}

export async function clearWordList(): Promise<void> {
  await wordListItem.setValue([]);
}
