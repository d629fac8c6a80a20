/**
 * Writes NgramTables as the model file src/lm/model-file.ts reads (the layout is described
 * there): words renumbered by falling probability, values quantised uniformly, rows as gaps,
 * gzip over it all. Deterministic: the same tables give the same bytes.
 */
import { gzipSync } from 'node:zlib';
import {
  MODEL_MAGIC,
  SECTIONS,
  type ModelFileHeader,
  type QuantisedKind,
  type Quantiser,
  type SectionName,
} from '../../src/lm/model-file';
import { BOUNDARY, vocabularyOf, vocabularySize, wordOf, type NgramTables } from '../../src/lm/ngram-tables';

/** Code bits per kind of value (at most 8: a code is one byte). */
export type QuantiserBits = Record<QuantisedKind, number>;

/** The same model with ids by falling unigram probability (the boundary stays 0); rows re-sorted. */
export function renumberByProbability(t: NgramTables): NgramTables {
  const size = vocabularySize(t.vocabulary);
  const order = Array.from({ length: size }, (_, w) => w).sort((a, b) =>
    a === BOUNDARY ? -1 : b === BOUNDARY ? 1 : (t.unigramLogp[b] as number) - (t.unigramLogp[a] as number) || a - b,
  );
  const rank = new Uint32Array(size);
  order.forEach((w, r) => (rank[w] = r));

  const bigramStart = new Uint32Array(size + 1);
  const bigramWord: number[] = [];
  const bigramLogp: number[] = [];
  const bigramBackoff: number[] = [];
  const trigramStart: number[] = [0];
  const trigramWord: number[] = [];
  const trigramLogp: number[] = [];
  const byRank = (ids: Uint32Array) => (a: number, b: number) => (rank[ids[a] as number] as number) - (rank[ids[b] as number] as number);
  order.forEach((u, r) => {
    const row = range(t.bigramStart[u] as number, t.bigramStart[u + 1] as number).sort(byRank(t.bigramWord));
    for (const b of row) {
      bigramWord.push(rank[t.bigramWord[b] as number] as number);
      bigramLogp.push(t.bigramLogp[b] as number);
      bigramBackoff.push(t.bigramBackoff[b] as number);
      for (const i of range(t.trigramStart[b] as number, t.trigramStart[b + 1] as number).sort(byRank(t.trigramWord))) {
        trigramWord.push(rank[t.trigramWord[i] as number] as number);
        trigramLogp.push(t.trigramLogp[i] as number);
      }
      trigramStart.push(trigramWord.length);
    }
    bigramStart[r + 1] = bigramWord.length;
  });
  return {
    vocabulary: vocabularyOf(order.map((w) => wordOf(t.vocabulary, w))),
    unigramLogp: Float32Array.from(order, (w) => t.unigramLogp[w] as number),
    unigramBackoff: Float32Array.from(order, (w) => t.unigramBackoff[w] as number),
    bigramStart,
    bigramWord: Uint32Array.from(bigramWord),
    bigramLogp: Float32Array.from(bigramLogp),
    bigramBackoff: Float32Array.from(bigramBackoff),
    trigramStart: Uint32Array.from(trigramStart),
    trigramWord: Uint32Array.from(trigramWord),
    trigramLogp: Float32Array.from(trigramLogp),
    unknownLogp: t.unknownLogp,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

class Writer {
  private readonly bytes: number[] = [];
  byte(value: number): void {
    this.bytes.push(value);
  }
  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Uniform steps over the values' range (log values are few-nats wide: error ≤ step / 2). */
function quantiserFor(values: ArrayLike<number>, bits: number): Quantiser {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    low = Math.min(low, values[i] as number);
    high = Math.max(high, values[i] as number);
  }
  if (!(high > low)) return { low: Number.isFinite(low) ? low : 0, step: 1, bits };
  return { low, step: (high - low) / ((1 << bits) - 1), bits };
}

function codes(values: ArrayLike<number>, q: Quantiser): Uint8Array {
  const top = (1 << q.bits) - 1;
  return Uint8Array.from({ length: values.length }, (_, i) =>
    Math.min(top, Math.max(0, Math.round(((values[i] as number) - q.low) / q.step))),
  );
}

function varints(values: Iterable<number>): Uint8Array {
  const out = new Writer();
  for (const value of values) out.varint(value);
  return out.done();
}

/** Gaps between successive ids of each row [start[r], start[r + 1]) among `rowsToWrite`. */
function gapsOf(start: Uint32Array, ids: Uint32Array, rowsToWrite: Iterable<number>): Uint8Array {
  const gaps = new Writer();
  for (const row of rowsToWrite) {
    let previous = -1;
    for (let e = start[row] as number; e < (start[row + 1] as number); e++) {
      gaps.varint((ids[e] as number) - previous - 1);
      previous = ids[e] as number;
    }
  }
  return gaps.done();
}

/** `t` must already be renumbered (renumberByProbability). */
export function encodeModelFile(t: NgramTables, bits: QuantiserBits, about: ModelFileHeader['about']): Uint8Array<ArrayBuffer> {
  const words = vocabularySize(t.vocabulary);
  const bigrams = t.bigramWord.length;
  const rowLength = (start: Uint32Array, row: number) => (start[row + 1] as number) - (start[row] as number);
  const heads = range(0, bigrams).filter((b) => rowLength(t.trigramStart, b) > 0);
  const headBackoffs = heads.map((b) => t.bigramBackoff[b] as number);
  const quantisers: Record<QuantisedKind, Quantiser> = {
    unigramLogp: quantiserFor(t.unigramLogp, bits.unigramLogp),
    unigramBackoff: quantiserFor(t.unigramBackoff, bits.unigramBackoff),
    bigramLogp: quantiserFor(t.bigramLogp, bits.bigramLogp),
    bigramBackoff: quantiserFor(headBackoffs, bits.bigramBackoff),
    trigramLogp: quantiserFor(t.trigramLogp, bits.trigramLogp),
  };
  const unitBytes = new Uint8Array(t.vocabulary.units.length * 2);
  t.vocabulary.units.forEach((unit, i) => ((unitBytes[2 * i] = unit & 0xff), (unitBytes[2 * i + 1] = unit >> 8)));
  const sections: Record<SectionName, Uint8Array> = {
    wordLengths: Uint8Array.from(range(0, words), (w) => rowLength(t.vocabulary.start, w)),
    wordUnits: unitBytes,
    unigramLogp: codes(t.unigramLogp, quantisers.unigramLogp),
    unigramBackoff: codes(t.unigramBackoff, quantisers.unigramBackoff),
    bigramRows: varints(range(0, words).map((w) => rowLength(t.bigramStart, w))),
    bigramGaps: gapsOf(t.bigramStart, t.bigramWord, range(0, words)),
    bigramLogp: codes(t.bigramLogp, quantisers.bigramLogp),
    trigramHeads: varints(heads.map((b, k) => b - (k > 0 ? (heads[k - 1] as number) : -1) - 1)),
    trigramRows: varints(heads.map((b) => rowLength(t.trigramStart, b))),
    bigramBackoff: codes(headBackoffs, quantisers.bigramBackoff),
    trigramGaps: gapsOf(t.trigramStart, t.trigramWord, heads),
    trigramLogp: codes(t.trigramLogp, quantisers.trigramLogp),
  };
  const header: ModelFileHeader = {
    words,
    bigrams,
    heads: heads.length,
    trigrams: t.trigramWord.length,
    unknownLogp: t.unknownLogp,
    quantisers,
    sections: Object.fromEntries(SECTIONS.map((name) => [name, sections[name].length])) as Record<SectionName, number>,
    about,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const prefix = new Uint8Array(8);
  new DataView(prefix.buffer).setUint32(0, MODEL_MAGIC, true);
  new DataView(prefix.buffer).setUint32(4, headerBytes.length, true);
  const body = Buffer.concat([prefix, headerBytes, ...SECTIONS.map((name) => sections[name])]);
  return new Uint8Array(gzipSync(body, { level: 9 }));
}
