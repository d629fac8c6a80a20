/**
 * Reads open-gram as Debian's sunpinyin-data ships it: the threaded trigram model (lm_sc.t3g) and
 * the lexicon it indexes (pydict_sc.bin), into dense NgramTables.
 *
 * lm_sc.t3g (little-endian, as written on the build machine): u32 N (3), u32 "values are -ln p",
 * u32 node count per level 0..N, f32 probability table [65536], f32 back-off table [16384], then
 * the nodes of levels 0..N-1 (12 bytes) and the leaves of level N (8 bytes). A node packs, in
 * three u32 fields from the low bits up: word id (18) and back-off index (14); probability index
 * (16) and the low 16 bits of its first child's index; back-off node (23), back-off level (2) and
 * the high 7 bits of the first child. A leaf packs word id (18) and the probability index's low
 * 14 bits; back-off node (23), level (2) and the index's high 2 bits. Each level ends with a
 * sentinel whose first child closes the last real node's children. Back-off is the usual one:
 * P(w | h) is the stored value when (h, w) exists, else bow(h) · P(w | shorter h), and a word the
 * unigrams do not hold costs the root's back-off times the root's value.
 *
 * pydict_sc.bin: u32 fields, the first the number of words and the third the byte offset of the
 * word table; from there, each word in id order as UTF-32LE code points ended by a zero.
 */
import { readFileSync } from 'node:fs';
import { vocabularyOf, type NgramTables } from '../../src/lm/ngram-tables';

export interface OpenGramFiles {
  model: string;
  lexicon: string;
}

export function readLexicon(path: string): string[] {
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  let at = view.getUint32(8, true);
  const words: string[] = [];
  while (words.length < count) {
    const points: number[] = [];
    for (let code = view.getUint32(at, true); code !== 0; code = view.getUint32(at, true)) {
      points.push(code);
      at += 4;
    }
    at += 4;
    words.push(String.fromCodePoint(...points));
  }
  return words;
}

interface Level {
  wid: Uint32Array;
  logp: Float32Array;
  backoff: Float32Array;
  /** First child in the next level; one more entry than nodes (the sentinel's). */
  child: Uint32Array;
}

export function readOpenGram(files: OpenGramFiles): NgramTables {
  const bytes = readFileSync(files.model);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const order = view.getUint32(0, true);
  if (order !== 3) throw new Error(`open-gram: expected a trigram model, found order ${order}`);
  const negativeLog = view.getUint32(4, true) !== 0;
  const sizes = Array.from({ length: order + 1 }, (_, i) => view.getUint32(8 + 4 * i, true));
  let at = 8 + 4 * (order + 1);
  const table = (entries: number): Float64Array => {
    const values = new Float64Array(entries);
    for (let i = 0; i < entries; i++) {
      const value = view.getFloat32(at + 4 * i, true);
      values[i] = negativeLog ? -value : Math.log(value);
    }
    at += 4 * entries;
    return values;
  };
  const probability = table(1 << 16);
  const backoff = table(1 << 14);

  const levels: Level[] = [];
  for (let level = 0; level < order; level++) {
    const n = sizes[level] as number;
    const out: Level = {
      wid: new Uint32Array(n),
      logp: new Float32Array(n),
      backoff: new Float32Array(n),
      child: new Uint32Array(n),
    };
    for (let i = 0; i < n; i++, at += 12) {
      const a = view.getUint32(at, true);
      const b = view.getUint32(at + 4, true);
      const c = view.getUint32(at + 8, true);
      out.wid[i] = a & 0x3ffff;
      out.backoff[i] = backoff[a >>> 18] as number;
      out.logp[i] = probability[b & 0xffff] as number;
      out.child[i] = (b >>> 16) | ((c >>> 25) << 16);
    }
    levels.push(out);
  }
  const leafCount = sizes[order] as number;
  const leafWid = new Uint32Array(leafCount);
  const leafLogp = new Float32Array(leafCount);
  for (let i = 0; i < leafCount; i++, at += 8) {
    const a = view.getUint32(at, true);
    const c = view.getUint32(at + 4, true);
    leafWid[i] = a & 0x3ffff;
    leafLogp[i] = probability[(a >>> 18) | (((c >>> 25) & 3) << 14)] as number;
  }
  if (at !== bytes.byteLength) throw new Error(`open-gram: ${bytes.byteLength - at} bytes left unread`);

  const [root, unigrams, bigrams] = levels as [Level, Level, Level];
  const lexicon = readLexicon(files.lexicon);
  // Dense ids follow the original ids' order, so rows stay sorted after renumbering.
  const vocabulary = unigrams.wid.length - 1;
  const dense = new Int32Array(lexicon.length).fill(-1);
  for (let i = 0; i < vocabulary; i++) dense[unigrams.wid[i] as number] = i;
  const renumber = (ids: Uint32Array, count: number): Uint32Array =>
    Uint32Array.from(ids.subarray(0, count), (id) => {
      const d = dense[id] as number;
      if (d < 0) throw new Error(`open-gram: n-gram word ${id} has no unigram`);
      return d;
    });

  const bigramCount = bigrams.wid.length - 1;
  return {
    vocabulary: vocabularyOf(Array.from(unigrams.wid.subarray(0, vocabulary), (id) => lexicon[id] ?? '')),
    unigramLogp: unigrams.logp.slice(0, vocabulary),
    unigramBackoff: unigrams.backoff.slice(0, vocabulary),
    bigramStart: unigrams.child.slice(0, vocabulary + 1),
    bigramWord: renumber(bigrams.wid, bigramCount),
    bigramLogp: bigrams.logp.slice(0, bigramCount),
    bigramBackoff: bigrams.backoff.slice(0, bigramCount),
    trigramStart: bigrams.child.slice(0, bigramCount + 1),
    trigramWord: renumber(leafWid, leafCount - 1),
    trigramLogp: leafLogp.slice(0, leafCount - 1),
    unknownLogp: (root.logp[0] as number) + (root.backoff[0] as number),
  };
}
