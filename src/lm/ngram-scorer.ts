/**
 * Back-off trigram probabilities over NgramTables: ln P(word | two words before). A history slot
 * of NO_WORD means the context was cut there (text the model has no word for, or a window that
 * starts mid-sentence), so the model falls back to fewer words of context.
 */
import { findInRow, type NgramTables } from './ngram-tables';

export const NO_WORD = -1;

export function conditionalLogp(t: NgramTables, before2: number, before1: number, word: number): number {
  let backoff = 0;
  if (before1 !== NO_WORD) {
    if (before2 !== NO_WORD) {
      const history = findInRow(t.bigramWord, t.bigramStart[before2] as number, t.bigramStart[before2 + 1] as number, before1);
      if (history >= 0) {
        const found = findInRow(t.trigramWord, t.trigramStart[history] as number, t.trigramStart[history + 1] as number, word);
        if (found >= 0) return t.trigramLogp[found] as number;
        backoff += t.bigramBackoff[history] as number;
      }
    }
    const found = findInRow(t.bigramWord, t.bigramStart[before1] as number, t.bigramStart[before1 + 1] as number, word);
    if (found >= 0) return backoff + (t.bigramLogp[found] as number);
    backoff += t.unigramBackoff[before1] as number;
  }
  return backoff + (t.unigramLogp[word] as number);
}
