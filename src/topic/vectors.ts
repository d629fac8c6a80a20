/**
 * Word topic vectors: for each of ~25k content words of written Chinese, a short vector whose
 * direction says what the word is about — 法院 near 判决 and 审理, 球员 near 进球 and 球队 — so a
 * sentence's topic can be compared with its page's even when they share no word. Distilled by
 * scripts/topic/build.ts (`npm run build:topic`) from open-gram's word n-grams (Debian's
 * sunpinyin-data, CC BY-SA 3.0, the source of /data/lm.bin too): each word's neighbours, weighed
 * by positive pointwise mutual information, reduced to a few dozen directions by truncated SVD.
 *
 * File (/data/topic.bin, gzip): 'DTV1' | u32 header length | header JSON (UTF-8: dims, count,
 * source) | one byte per word, its length in UTF-16 units | the words' units (little-endian) |
 * count × dims signed bytes, each row a unit vector × 127. Words are Simplified; lookups convert.
 */
import { toSimplified } from '../script/simplified-view';

export const TOPIC_VECTORS_PATH = '/data/topic.bin';
export const TOPIC_MAGIC = 0x31565444; // 'DTV1' as a little-endian u32

export interface TopicVectors {
  readonly dims: number;
  /** The row of a word (Simplified or Traditional), or -1 when the table has no such word. */
  rowOf(word: string): number;
  /** acc += weight × the row's unit vector. */
  addTo(acc: Float32Array, row: number, weight: number): void;
  /** The word of a row (for reports and tests). */
  wordOf(row: number): string;
  readonly count: number;
  readonly about: Readonly<Record<string, string | number>>;
}

export function topicVectorsFrom(words: readonly string[], rows: Int8Array, dims: number, about: Record<string, string | number> = {}): TopicVectors {
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  return {
    dims,
    count: words.length,
    about,
    rowOf: (word) => index.get(word) ?? index.get(toSimplified(word)) ?? -1,
    addTo(acc, row, weight) {
      const scaled = weight / 127;
      for (let d = 0, at = row * dims; d < dims; d++, at++) acc[d] = (acc[d] as number) + scaled * (rows[at] as number);
    },
    wordOf: (row) => words[row] ?? '',
  };
}

/** The table from the file's bytes, already gunzipped. */
export function decodeTopicFile(bytes: Uint8Array): TopicVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== TOPIC_MAGIC) throw new Error('topic vectors: not a DTV1 file');
  const headerLength = view.getUint32(4, true);
  let at = 8;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(at, (at += headerLength)))) as { dims: number; count: number } & Record<string, string | number>;
  const { dims, count } = header;
  const lengths = bytes.subarray(at, (at += count));
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = lengths[i] as number;
    const units: number[] = [];
    for (let k = 0; k < n; k++, at += 2) units.push(view.getUint16(at, true));
    words.push(String.fromCharCode(...units));
  }
  const rows = new Int8Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + count * dims));
  if (rows.length !== count * dims) throw new Error('topic vectors: file cut short');
  return topicVectorsFrom(words, rows, dims, header);
}

/** The file's bytes (before gzip) for `words` and their unit rows (count × dims, row-major). */
export function encodeTopicFile(words: readonly string[], unit: Float64Array, dims: number, about: Record<string, string | number>): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify({ ...about, dims, count: words.length }));
  const units = words.reduce((n, w) => n + w.length, 0);
  const out = new Uint8Array(8 + header.length + words.length + 2 * units + words.length * dims);
  const view = new DataView(out.buffer);
  view.setUint32(0, TOPIC_MAGIC, true);
  view.setUint32(4, header.length, true);
  let at = 8;
  out.set(header, at);
  at += header.length;
  words.forEach((w) => {
    if (w.length > 255) throw new Error(`topic vectors: word too long: ${w}`);
    out[at++] = w.length;
  });
  for (const w of words) for (let k = 0; k < w.length; k++, at += 2) view.setUint16(at, w.charCodeAt(k), true);
  for (let i = 0; i < words.length * dims; i++) out[at++] = Math.max(-127, Math.min(127, Math.round(127 * (unit[i] as number)))) & 0xff;
  return out;
}

/** Cosine of two accumulated topic vectors; 0 when either is empty. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < a.length; d++) {
    dot += (a[d] as number) * (b[d] as number);
    na += (a[d] as number) ** 2;
    nb += (b[d] as number) ** 2;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
