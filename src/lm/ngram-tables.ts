/**
 * A back-off word trigram model held in flat typed arrays, the in-memory shape shared by the
 * build script (the full open-gram model) and the extension (the distilled file, decoded).
 *
 * Word ids are dense, 0..size-1. Id 0 is the sentence boundary: the model predicts it at the end
 * of a sentence and conditions on it at the start. Probabilities are natural logs. Bigrams are
 * grouped by their first word and sorted by their second, so a row is found by offset and a word
 * in it by binary search; trigrams likewise under their bigram.
 */
export interface NgramTables {
  vocabulary: Vocabulary;
  unigramLogp: Float32Array;
  unigramBackoff: Float32Array;
  /** Row of first word w: [bigramStart[w], bigramStart[w + 1]). */
  bigramStart: Uint32Array;
  bigramWord: Uint32Array;
  bigramLogp: Float32Array;
  /** 0 (no back-off cost) for a bigram that heads no trigram. */
  bigramBackoff: Float32Array;
  /** Row of bigram b: [trigramStart[b], trigramStart[b + 1]). */
  trigramStart: Uint32Array;
  trigramWord: Uint32Array;
  trigramLogp: Float32Array;
  /** ln P of a Han character the lexicon does not hold, per character. */
  unknownLogp: number;
}

/** The words' UTF-16 code units end to end; word w is units [start[w], start[w + 1]). */
export interface Vocabulary {
  units: Uint16Array;
  start: Uint32Array;
}

export const BOUNDARY = 0;

export function vocabularySize(v: Vocabulary): number {
  return v.start.length - 1;
}

export function wordOf(v: Vocabulary, id: number): string {
  return String.fromCharCode(...v.units.subarray(v.start[id], v.start[id + 1]));
}

export function vocabularyOf(words: readonly string[]): Vocabulary {
  const start = new Uint32Array(words.length + 1);
  words.forEach((word, w) => (start[w + 1] = (start[w] as number) + word.length));
  const units = new Uint16Array(start[words.length] as number);
  words.forEach((word, w) => {
    for (let k = 0; k < word.length; k++) units[(start[w] as number) + k] = word.charCodeAt(k);
  });
  return { units, start };
}

/** Index of `word` in the sorted slice [from, to) of `ids`, or -1. */
export function findInRow(ids: Uint32Array, from: number, to: number, word: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const id = ids[middle] as number;
    if (id < word) low = middle + 1;
    else if (id > word) high = middle;
    else return middle;
  }
  return -1;
}
