/**
 * Readings for the segmenter's words in their sentence.
 *
 * Contract used by the background (do not change the signatures without updating callers):
 * - `createPinyinReader(loadAsset)` builds the reader once, loading any model data through
 *   `loadAsset(path)` (a path under the extension root, e.g. `/data/pinyin-model.bin`).
 * - `reader.readWords(words)` returns, for each word, one reading per UTF-16 code unit: numbered
 *   pinyin (`zhong4`, neutral tone `5`, ü as `v`) for Han characters, '' for anything else.
 *
 * This first version is pinyin-pro's own reading of the whole sentence; the context model replaces it.
 */
import { pinyin } from 'pinyin-pro';

export type LoadAsset = (path: string) => Promise<ArrayBuffer>;

export interface PinyinReader {
  readWords(words: readonly string[]): string[][];
}

const HAN = /\p{Script=Han}/u;

function normaliseNumbered(syllable: string): string {
  const withV = syllable.replace(/ü/g, 'v').replace(/u:/g, 'v');
  return /[0-4]$/.test(withV) ? withV.replace(/0$/, '5') : `${withV}5`;
}

function readSentence(words: readonly string[]): string[][] {
  const sentence = words.join('');
  const items = pinyin(sentence, { type: 'all', toneType: 'num', v: true });
  const readings: string[] = [];
  for (const item of items) {
    const value = item.isZh && HAN.test(item.origin) ? normaliseNumbered(item.pinyin) : '';
    for (let i = 0; i < item.origin.length; i++) readings.push(i === 0 ? value : '');
  }
  const out: string[][] = [];
  let offset = 0;
  for (const word of words) {
    out.push(readings.slice(offset, offset + word.length));
    offset += word.length;
  }
  return out;
}

export async function createPinyinReader(_loadAsset?: LoadAsset): Promise<PinyinReader> {
  return { readWords: readSentence };
}
