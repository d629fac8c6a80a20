/**
 * The lexicon layer: (dictionary word, position) -> the reading the dictionaries agree on, kept
 * only where pinyin-pro reading the word alone says otherwise (重回: dictionaries chóng, pinyin-pro
 * zhòng). Where pinyin-pro already agrees, its guess carries the same evidence, so the entry would
 * only cost space.
 */
import { baseReadings } from '../../src/pinyin/base-readings';

export type Lexicon = Map<string, string>;

export const lexiconEntry = (word: string, position: number): string => `${word}|${position}`;

export function buildLexicon(headwords: Map<string, string[][]>, polyphones: Set<string>): Lexicon {
  const out: Lexicon = new Map();
  for (const [word, readings] of headwords) {
    if (word.length < 2) continue;
    let pinyinPro: string[] | undefined;
    for (let k = 0; k < word.length; k++) {
      if (!polyphones.has(word[k]!)) continue;
      const atK = new Set(readings.map((r) => r[k]!));
      if (atK.size !== 1) continue;
      const reading = [...atK][0]!;
      pinyinPro ??= baseReadings(word);
      if (pinyinPro[k] !== reading) out.set(lexiconEntry(word, k), reading);
    }
  }
  return out;
}
