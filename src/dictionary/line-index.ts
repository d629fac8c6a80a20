/**
 * The compiled dictionary's line offsets, as unpacking the shipped pack gives them (pack-format.ts),
 * so the background can search the dictionary's bytes at once instead of scanning 10 MB for
 * newlines. Layout, Int32:
 *   [entry line count, index line count, entry starts… (count + 1), index starts… (count + 1)]
 * The last start of each section is its end. Without a valid index the offsets are scanned.
 */
import { lineStarts } from './sorted-lines';

const FORM_FEED = 12;

export interface DictionarySections {
  entries: Int32Array;
  traditionalIndex: Int32Array;
}

/** Scans the file: entries up to the '\f' separator line, the traditional index after it. */
export function scanSections(bytes: Uint8Array): DictionarySections {
  // The form feed occurs only in the separator line ('\n\f\n'); encodeDictionaryFile checks this.
  const formFeed = bytes.indexOf(FORM_FEED);
  return {
    entries: lineStarts(bytes, 0, formFeed < 0 ? bytes.length : formFeed),
    traditionalIndex: lineStarts(bytes, formFeed < 0 ? bytes.length : formFeed + 2),
  };
}

export function encodeLineIndex(sections: DictionarySections): Int32Array {
  const { entries, traditionalIndex } = sections;
  const out = new Int32Array(2 + entries.length + traditionalIndex.length);
  out[0] = entries.length - 1;
  out[1] = traditionalIndex.length - 1;
  out.set(entries, 2);
  out.set(traditionalIndex, 2 + entries.length);
  return out;
}

/** The stored offsets, or null when they do not fit this file (stale or truncated). */
export function decodeLineIndex(index: Int32Array, fileLength: number): DictionarySections | null {
  if (index.length < 4) return null;
  const entryCount = index[0]!;
  const indexCount = index[1]!;
  if (entryCount < 0 || indexCount < 0 || index.length !== 4 + entryCount + indexCount) return null;
  const entries = index.subarray(2, 3 + entryCount);
  const traditionalIndex = index.subarray(3 + entryCount);
  if (traditionalIndex[traditionalIndex.length - 1] !== fileLength) return null;
  return { entries, traditionalIndex };
}
