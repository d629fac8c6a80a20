/**
 * The glossary's pinyin must agree with what the pinyin module shows over the same word, unless
 * the entry's `pinyinNote` says why not: otherwise the ruby and the tooltip would disagree.
 */
import { formatReading } from '../pinyin/format';
import type { GlossaryEntry } from './schema';

export type ReadWords = (words: readonly string[]) => string[][];

/** The pinyin module's reading of `term`, tone-marked, one syllable per Han character. */
export function moduleReading(term: string, readWords: ReadWords): string {
  const readings = readWords([term])[0] ?? [];
  return readings
    .filter((r) => r !== '')
    .map((r) => formatReading(r))
    .join(' ');
}

export interface PinyinDisagreement {
  term: string;
  glossary: string;
  module: string;
}

export function findPinyinDisagreements(entries: readonly GlossaryEntry[], readWords: ReadWords): PinyinDisagreement[] {
  const out: PinyinDisagreement[] = [];
  for (const entry of entries) {
    if (entry.pinyinNote) continue;
    const module = moduleReading(entry.term, readWords);
    if (module !== entry.pinyin) out.push({ term: entry.term, glossary: entry.pinyin, module });
  }
  return out;
}
