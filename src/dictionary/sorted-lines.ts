/**
 * Binary search over the sorted lines of a UTF-8 file without decoding it. Decoding the 10 MB
 * dictionary took 80–190 ms in Chrome's service worker, and splitting it into 120,000 strings
 * more; this way the background takes the line starts precomputed by the build (or scans for
 * them) and decodes a line only when a lookup lands on it. Lines are sorted by their first field (up to a tab) in UTF-8
 * byte order, which is code-point order (see `compareKeys` in entry-format.ts).
 */
const NEWLINE = 10;
const TAB = 9;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface SortedLines {
  readonly length: number;
  /** The line's text, without its newline. */
  line(index: number): string;
  /** First index whose key is not less than `key`, searching [from, to). */
  lowerBound(key: Uint8Array, from?: number, to?: number): number;
  /** First index whose key neither starts with `prefix` nor sorts before it, searching [from, to). */
  afterPrefix(prefix: Uint8Array, from?: number, to?: number): number;
  /** Whether line `index` has exactly `key` as its key. */
  hasKey(index: number, key: Uint8Array): boolean;
}

export function encodeKey(key: string): Uint8Array {
  return encoder.encode(key);
}

/**
 * Where each line of bytes[from, to) starts, followed by `to`: count + 1 offsets. Unpacking the
 * shipped dictionary yields these (pack-format.ts), so the background need not scan 10 MB for them.
 */
export function lineStarts(bytes: Uint8Array, from = 0, to = bytes.length): Int32Array {
  const starts: number[] = [];
  for (let at = from; at < to; ) {
    starts.push(at);
    const newline = bytes.indexOf(NEWLINE, at);
    at = newline < 0 || newline >= to ? to : newline + 1;
  }
  starts.push(to);
  return Int32Array.from(starts);
}

/** Lines of `bytes` sorted by key, given their `starts` (count + 1 offsets, see lineStarts). */
export function sortedLines(bytes: Uint8Array, starts: Int32Array): SortedLines {
  const count = Math.max(0, starts.length - 1);
  const endOf = (index: number): number => {
    const next = starts[index + 1]!;
    return next > starts[index]! && bytes[next - 1] === NEWLINE ? next - 1 : next;
  };

  /**
   * Sign of (key of line `index`) − `key`, comparing bytes; the line's key ends at a tab or the
   * line end. With `asPrefix`, `key` stands for every key that starts with it followed by more
   * (as if a byte greater than all others were appended).
   */
  function compare(index: number, key: Uint8Array, asPrefix = false): number {
    const end = endOf(index);
    let at = starts[index]!;
    for (let k = 0; ; k++, at++) {
      const lineKeyEnded = at >= end || bytes[at] === TAB;
      if (k === key.length) return asPrefix ? -1 : lineKeyEnded ? 0 : 1;
      if (lineKeyEnded) return -1;
      const difference = bytes[at]! - key[k]!;
      if (difference !== 0) return difference;
    }
  }

  function search(key: Uint8Array, asPrefix: boolean, low: number, high: number): number {
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(middle, key, asPrefix) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  return {
    length: count,
    line: (index) => decoder.decode(bytes.subarray(starts[index]!, endOf(index))),
    lowerBound: (key, from, to) => search(key, false, from ?? 0, to ?? count),
    afterPrefix: (prefix, from, to) => search(prefix, true, from ?? 0, to ?? count),
    hasKey: (index, key) => index >= 0 && index < count && compare(index, key) === 0,
  };
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Length in UTF-16 code units of the longest key that `text` starts with (at most `limit` units),
 * narrowing the range of keys that share the prefix one character at a time: most text positions
 * fail after two or three characters.
 */
export function longestKeyPrefix(lines: SortedLines, text: string, limit: number): number {
  const head = text.slice(0, limit);
  const bytes = encoder.encode(head);
  let low = 0;
  let high = lines.length;
  let best = 0;
  let units = 0;
  let byteLength = 0;
  for (const char of head) {
    units += char.length;
    byteLength += utf8Length(char.codePointAt(0)!);
    const prefix = bytes.subarray(0, byteLength);
    low = lines.lowerBound(prefix, low, high);
    high = lines.afterPrefix(prefix, low, high);
    if (low >= high) break;
    if (lines.hasKey(low, prefix)) best = units;
  }
  return best;
}
