/**
 * pinyin-pro's reading of a sentence, one numbered reading per UTF-16 code unit.
 * It is the reader's fallback for characters the context model does not cover, and one of the
 * model's features for those it does. Tone sandhi is off: written pinyin keeps 一 yī and 不 bù.
 *
 * pinyin-pro is called clause by clause, never on more than MAX_CHUNK units: its max-probability
 * segmentation (3.29) resets the underflow counter of its unknown-character path, so on long text
 * (a paragraph of ~100+ characters) it stops finding words — 该专家认为 in a 178-character
 * paragraph came out rèn wèi, in its clause rèn wéi.
 */
import { pinyin } from 'pinyin-pro';
import { toNumbered } from './numbered';

const HAN = /\p{Script=Han}/u;
const MAX_CHUNK = 40;
/** Clause ends: a chunk may end after any of these. */
const CLAUSE_END = new Set([...'，。！？；：、,.!?;:\n…']);

/** Where to cut [start, text.length): after a clause end, or at a word start when too long. */
function chunkEnd(text: string, start: number, wordStarts: readonly number[] | undefined): number {
  const limit = Math.min(text.length, start + MAX_CHUNK);
  for (let i = start; i < limit; i++) if (CLAUSE_END.has(text[i]!)) return i + 1;
  if (limit === text.length) return limit;
  if (wordStarts) {
    for (let w = wordStarts.length - 1; w >= 0; w--) {
      const s = wordStarts[w]!;
      if (s <= limit && s > start) return s;
    }
  }
  // No word boundary known: do not split a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}

/**
 * Characters pinyin-pro 3.29 reads by a reading the mainland standard (and CC-CEDICT) no longer
 * uses, in every word it has them: 嚣 áo (嚣张, 喧嚣, 叫嚣: xiāo), 簿 bó (对簿公堂, 电话簿: bù),
 * 鳜 jué (鳜鱼: guì). None is a character the context model decides.
 */
const STANDARD_READINGS: Readonly<Record<string, string>> = { 嚣: 'xiao1', 簿: 'bu4', 鳜: 'gui4' };
/** Words whose character pinyin-pro reads otherwise (噱 jué "laugh", but 噱头 xuétóu "gimmick"). */
const WORD_READINGS: readonly [string, number, string][] = [['噱头', 0, 'xue2']];
const ERRATA = /[嚣簿鳜噱]/u;

function mendReadings(chunk: string, from: number, out: string[]): void {
  for (let i = 0; i < chunk.length; i++) {
    const standard = STANDARD_READINGS[chunk[i]!];
    if (standard) out[from + i] = standard;
  }
  for (const [word, k, reading] of WORD_READINGS) {
    for (let at = chunk.indexOf(word); at >= 0; at = chunk.indexOf(word, at + 1)) out[from + at + k] = reading;
  }
}

function readChunk(text: string, from: number, to: number, out: string[]): void {
  const chunk = text.slice(from, to);
  // 'symbol' output is several times faster than 'num' in pinyin-pro 3.29; toNumbered converts.
  const syllables = pinyin(chunk, { type: 'array', toneType: 'symbol', toneSandhi: false });
  let unit = 0;
  for (const syllable of syllables) {
    if (unit >= chunk.length) break;
    const cp = chunk.codePointAt(unit)!;
    const width = cp > 0xffff ? 2 : 1;
    // Most units are common CJK ideographs or ASCII: range checks first, the regex for the rest.
    const han = (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x80 && HAN.test(chunk.slice(unit, unit + width)));
    if (han) out[from + unit] = toNumbered(syllable);
    unit += width;
  }
  if (ERRATA.test(chunk)) mendReadings(chunk, from, out);
}

/** `wordStarts` (the segmenter's word offsets, ascending) lets long clauses split between words. */
export function baseReadings(text: string, wordStarts?: readonly number[]): string[] {
  const out: string[] = new Array<string>(text.length).fill('');
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start, wordStarts);
    readChunk(text, start, end, out);
    start = end;
  }
  return out;
}

/** Words read alone, bounded so a long page cannot grow it without end. */
const aloneCache = new Map<string, string[]>();
const ALONE_CACHE_SIZE = 4096;

/**
 * pinyin-pro's reading of one segmenter word taken alone, one numbered reading per unit. In the
 * sentence pinyin-pro cuts its own words, which may straddle the segmenter's (许多|重|污染 read as
 * 许|多重|污染, chóng): the word alone says what pinyin-pro would read if it agreed with the cut.
 */
export function wordAloneReadings(word: string): string[] {
  let out = aloneCache.get(word);
  if (!out) {
    if (aloneCache.size >= ALONE_CACHE_SIZE) aloneCache.clear();
    out = baseReadings(word);
    aloneCache.set(word, out);
  }
  return out;
}
