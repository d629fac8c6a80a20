/**
 * The distilled language model's file (assets/public/data/lm.bin, written by `npm run build:lm`).
 *
 * The file is gzip. Inside: 'DLM1' | u32 header length | header JSON (UTF-8) | sections, in the
 * order of `SECTIONS`, with byte lengths in the header:
 * - the lexicon in id order: each word's length (a byte), then all words' UTF-16 code units
 *   (little-endian); ids go by falling unigram probability, so the ids bigrams name are mostly
 *   small, and id 0 is the boundary (length 0);
 * - unigram log-probabilities and back-off weights: one code byte per word;
 * - bigram row lengths per first word (varint), then per bigram the gap to the previous second
 *   word of its row (varint) and a code byte for ln P;
 * - the bigrams that head trigrams (gaps between their indices, varint), each one's trigram row
 *   length (varint) and back-off code byte, then per trigram its gap (varint) and a code byte.
 * A code c stands for low + c · step (uniform quantisation; low and step per kind in the header).
 * Grouping values of one kind together is what lets gzip squeeze them.
 */
import type { NgramTables } from './ngram-tables';

export const MODEL_MAGIC = 0x314d4c44; // 'DLM1' as a little-endian u32

export const SECTIONS = [
  'wordLengths',
  'wordUnits',
  'unigramLogp',
  'unigramBackoff',
  'bigramRows',
  'bigramGaps',
  'bigramLogp',
  'trigramHeads',
  'trigramRows',
  'bigramBackoff',
  'trigramGaps',
  'trigramLogp',
] as const;
export type SectionName = (typeof SECTIONS)[number];

export type QuantisedKind = 'unigramLogp' | 'unigramBackoff' | 'bigramLogp' | 'bigramBackoff' | 'trigramLogp';

export interface Quantiser {
  low: number;
  step: number;
  bits: number;
}

export interface ModelFileHeader {
  words: number;
  bigrams: number;
  /** Bigrams that head a row of trigrams. */
  heads: number;
  trigrams: number;
  unknownLogp: number;
  quantisers: Record<QuantisedKind, Quantiser>;
  sections: Record<SectionName, number>;
  /** Where the model comes from and how it was distilled, for the bench and the credits. */
  about: Record<string, string | number>;
}

function dequantise(codes: Uint8Array, q: Quantiser): Float32Array {
  const table = new Float32Array(1 << q.bits);
  for (let c = 0; c < table.length; c++) table[c] = q.low + c * q.step;
  const out = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = table[codes[i] as number] as number;
  return out;
}

/** Splits the inflated body into the header and each section's bytes. */
export function readSections(body: Uint8Array): { header: ModelFileHeader; sections: Record<SectionName, Uint8Array> } {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  if (view.getUint32(0, true) !== MODEL_MAGIC) throw new Error('Dudong: not a language model file');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(body.subarray(8, 8 + headerLength))) as ModelFileHeader;
  let at = 8 + headerLength;
  const sections = {} as Record<SectionName, Uint8Array>;
  for (const name of SECTIONS) {
    sections[name] = body.subarray(at, at + header.sections[name]);
    at += header.sections[name];
  }
  if (at !== body.byteLength) throw new Error('Dudong: language model file has trailing bytes');
  return { header, sections };
}

/** Varints (7 bits a byte, low first; values here stay far below 2^28). */
function readVarints(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    let byte = bytes[at++] as number;
    let value = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[at++] as number;
      value |= (byte & 0x7f) << shift;
    }
    out[i] = value;
  }
  if (at !== bytes.length) throw new Error('Dudong: language model section has the wrong length');
  return out;
}

/** Rows stored as lengths and gaps: row starts and ascending ids. */
function decodeRows(lengths: Uint32Array, gaps: Uint8Array, entryCount: number): [Uint32Array, Uint32Array] {
  const rowCount = lengths.length;
  const ids = readVarints(gaps, entryCount);
  const start = new Uint32Array(rowCount + 1);
  let entry = 0;
  for (let row = 0; row < rowCount; row++) {
    const end = entry + (lengths[row] as number);
    for (let id = -1; entry < end; entry++) ids[entry] = id += (ids[entry] as number) + 1;
    start[row + 1] = entry;
  }
  if (entry !== entryCount) throw new Error('Dudong: language model rows do not add up');
  return [start, ids];
}

export function decodeModelFile(body: Uint8Array): NgramTables & { about: ModelFileHeader['about'] } {
  const { header, sections } = readSections(body);
  const q = header.quantisers;
  const start = new Uint32Array(header.words + 1);
  for (let w = 0; w < header.words; w++) start[w + 1] = (start[w] as number) + (sections.wordLengths[w] as number);
  const bytes = sections.wordUnits;
  const units = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < units.length; i++) units[i] = (bytes[2 * i] as number) | ((bytes[2 * i + 1] as number) << 8);

  const [bigramStart, bigramWord] = decodeRows(readVarints(sections.bigramRows, header.words), sections.bigramGaps, header.bigrams);
  // Only bigrams that head trigrams carry a row and a back-off weight; the others back off free.
  const heads = readVarints(sections.trigramHeads, header.heads);
  const headRows = readVarints(sections.trigramRows, header.heads);
  const headBackoffs = dequantise(sections.bigramBackoff, q.bigramBackoff);
  const rowLengths = new Uint32Array(header.bigrams);
  const bigramBackoff = new Float32Array(header.bigrams);
  for (let k = 0, b = -1; k < header.heads; k++) {
    b += (heads[k] as number) + 1;
    rowLengths[b] = headRows[k] as number;
    bigramBackoff[b] = headBackoffs[k] as number;
  }
  const [trigramStart, trigramWord] = decodeRows(rowLengths, sections.trigramGaps, header.trigrams);
  return {
    vocabulary: { units, start },
    unigramLogp: dequantise(sections.unigramLogp, q.unigramLogp),
    unigramBackoff: dequantise(sections.unigramBackoff, q.unigramBackoff),
    bigramStart,
    bigramWord,
    bigramLogp: dequantise(sections.bigramLogp, q.bigramLogp),
    bigramBackoff,
    trigramStart,
    trigramWord,
    trigramLogp: dequantise(sections.trigramLogp, q.trigramLogp),
    unknownLogp: header.unknownLogp,
    about: header.about,
  };
}

/** gunzips with the platform's DecompressionStream (background pages, service workers, Node 18+). */
export async function gunzip(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
