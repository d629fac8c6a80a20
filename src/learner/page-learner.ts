/**
 * The reader's known words and notes as one page sees them: loaded once, kept current when another
 * tab or the options page changes them (storage change events), and written through the store.
 */
import { knownWordsItem, notesItem, setKnown, setNote, type WordNote } from './store';

export interface PageLearner {
  isKnown(word: string): boolean;
  note(word: string): string;
  setKnown(word: string, known: boolean): Promise<void>;
  setNote(word: string, text: string): Promise<void>;
  /** Called after known words or notes change (here or elsewhere); returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Resolves once the stored data has been read. */
  readonly ready: Promise<void>;
  stop(): void;
}

export function createPageLearner(): PageLearner {
  let known = new Set<string>();
  let notes: Record<string, WordNote> = {};
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const ready = Promise.all([knownWordsItem.getValue(), notesItem.getValue()]).then(([words, stored]) => {
    known = new Set(words);
    notes = stored;
    changed();
  });
  const unwatchKnown = knownWordsItem.watch((words) => {
    known = new Set(words ?? []);
    changed();
  });
  const unwatchNotes = notesItem.watch((stored) => {
    notes = stored ?? {};
    changed();
  });
  return {
    isKnown: (word) => known.has(word),
    note: (word) => notes[word]?.text ?? '',
    async setKnown(word, value) {
      // Shown at once on this page; the storage event then confirms it (and tells other tabs).
      const was = known.has(word);
      if (value) known.add(word);
      else known.delete(word);
      changed();
      try {
        await setKnown(word, value);
      } catch (error) {
        // Not stored (the list is full, storage failed): the page goes back to what is stored.
        if (was) known.add(word);
        else known.delete(word);
        changed();
        throw error;
      }
    },
    async setNote(word, text) {
      await setNote(word, text);
      notes = await notesItem.getValue();
      changed();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: ready.catch(() => undefined),
    stop() {
      unwatchKnown();
      unwatchNotes();
      listeners.clear();
    },
  };
}
