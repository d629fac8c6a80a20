/**
 * CC-CEDICT (and the glossary merged in) behind `loadDictionary`. Placeholder until the compiled
 * index lands: knows no words.
 */
import type { LookupResponse } from '../messaging/protocol';
import type { LoadAsset } from '../pinyin/index';

export interface Dictionary {
  /** Dictionary senses, glossary note and per-character senses for a word; null when unknown. */
  lookup(word: string): LookupResponse | null;
  /** Length of the longest headword that `text` starts with; 0 when none. */
  longestMatch(text: string): number;
  /** Whether `word` is a headword (simplified or traditional). */
  hasWord(word: string): boolean;
  /** Words the segmenter must keep whole (glossary terms). */
  customWords(): string[];
}

export async function loadDictionary(_loadAsset: LoadAsset): Promise<Dictionary> {
  return { lookup: () => null, longestMatch: () => 0, hasWord: () => false, customWords: () => [] };
}
