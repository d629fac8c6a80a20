/**
 * The compiled dictionary as it ships: a column-wise rewrite of the dictionary file (entry-format.ts)
 * that gzip compresses to under 3 MB instead of 4.5 MB, turned back into the very same file in the
 * background (`unpackDictionary`). Each column compresses better on its own, and three are rewritten:
 *   - simplified headwords (sorted): how many characters each shares with the one before, then the rest;
 *   - traditional forms: only the characters that differ from the simplified (a mask for the others);
 *   - pinyin: for each character, the rank of its reading among that character's readings in the
 *     dictionary (most words use each character's first reading: the column becomes mostly zeros),
 *     with a table of every character's readings; written out in full where that does not work.
 * The traditional index is not shipped: it is rebuilt from the traditional forms, as the build does.
 * Pack text: sections separated by NUL, in SECTIONS order, the first holding the format's name and
 * the number of entries.
 */
import { compareKeys, SECTION_SEPARATOR } from './entry-format';

const FORMAT = 'dudong-cedict-pack/1';
const SECTIONS = ['format', 'simplified', 'traditional', 'rank', 'pinyin', 'readings', 'definitions', 'classifiers', 'variants'] as const;
const SECTION = '\u0000';
/** In a traditional form: this character is the simplified one. */
const SAME = '\u0001';
/** Starts a column value written out as is (a traditional form of another length, unindexable pinyin). */
const LITERAL = '\u0002';
const FIELD = '\t';
/** Reading ranks are one base-36 digit each. */
const MAX_RANK = 36;

const codePoints = (text: string) => Array.from(text);

/** The readings of every character in the dictionary's words, most used first (ties: code-point order). */
function readingTable(rows: readonly string[][]): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const [simplified = '', , , pinyin = ''] of rows) {
    const chars = codePoints(simplified);
    const syllables = pinyin.split(' ');
    if (chars.length !== syllables.length) continue;
    chars.forEach((char, i) => {
      const readings = counts.get(char) ?? new Map<string, number>();
      readings.set(syllables[i]!, (readings.get(syllables[i]!) ?? 0) + 1);
      counts.set(char, readings);
    });
  }
  const table = new Map<string, string[]>();
  for (const [char, readings] of counts) {
    table.set(char, [...readings].sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0])).map(([reading]) => reading));
  }
  return table;
}

function packPinyin(simplified: string, pinyin: string, table: Map<string, string[]>): string {
  const chars = codePoints(simplified);
  const syllables = pinyin.split(' ');
  if (pinyin && chars.length === syllables.length) {
    const ranks = chars.map((char, i) => table.get(char)?.indexOf(syllables[i]!) ?? -1);
    if (ranks.every((rank) => rank >= 0 && rank < MAX_RANK)) return ranks.map((rank) => rank.toString(36)).join('');
  }
  return LITERAL + pinyin;
}

function packTraditional(simplified: string, traditional: string): string {
  if (!traditional) return '';
  const s = codePoints(simplified);
  const t = codePoints(traditional);
  if (s.length !== t.length) return LITERAL + traditional;
  return t.map((char, i) => (char === s[i] ? SAME : char)).join('');
}

/** The pack text of a dictionary file (the build gzips it). */
export function packDictionary(file: string): string {
  if (file.includes(SECTION) || file.includes(SAME) || file.includes(LITERAL)) throw new Error('dictionary file holds a control character the pack uses');
  const entries = file.slice(0, file.indexOf(SECTION_SEPARATOR));
  const rows = entries.split('\n').map((line) => line.split(FIELD));
  const table = readingTable(rows);
  const columns: Record<(typeof SECTIONS)[number], string[]> = {
    format: [FORMAT, String(rows.length)],
    simplified: [],
    traditional: [],
    rank: [],
    pinyin: [],
    readings: [...table].map(([char, readings]) => `${char}${FIELD}${readings.join(' ')}`),
    definitions: [],
    classifiers: [],
    variants: [],
  };
  let previous: string[] = [];
  for (const [simplified = '', traditional = '', rank = '', pinyin = '', definitions = '', classifiers = '', variants = '', ...extra] of rows) {
    if (extra.length) throw new Error(`dictionary entry with more fields than the pack knows: ${simplified}`);
    const chars = codePoints(simplified);
    let shared = 0;
    while (shared < chars.length && shared < previous.length && chars[shared] === previous[shared]) shared++;
    previous = chars;
    columns.simplified.push(String.fromCodePoint(0x30 + shared) + chars.slice(shared).join(''));
    columns.traditional.push(packTraditional(simplified, traditional));
    columns.rank.push(rank);
    columns.pinyin.push(packPinyin(simplified, pinyin, table));
    columns.definitions.push(definitions);
    columns.classifiers.push(classifiers);
    columns.variants.push(variants);
  }
  return SECTIONS.map((name) => columns[name].join('\n')).join(SECTION);
}

const NUL = 0;
const NEWLINE = 10;
const TAB = 9;
const SAME_BYTE = 1;
const LITERAL_BYTE = 2;
const SPACE = 32;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Bytes in the UTF-8 sequence that starts with `lead`. */
const sequenceLength = (lead: number) => (lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4);

/** Where each of the `count` lines of bytes[from, to) starts, then `to + 1` (so line i is [starts[i], starts[i + 1] - 1)). */
function lines(bytes: Uint8Array, from: number, to: number, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  let at = from;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    const newline = bytes.indexOf(NEWLINE, at);
    at = newline < 0 || newline >= to ? to + 1 : newline + 1;
  }
  starts[count] = to + 1;
  return starts;
}

/** The code point of the UTF-8 sequence at bytes[at]. */
function codePointAt(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  if (lead < 0x80) return lead;
  if (lead < 0xe0) return ((lead & 0x1f) << 6) | (bytes[at + 1]! & 0x3f);
  if (lead < 0xf0) return ((lead & 0x0f) << 12) | ((bytes[at + 1]! & 0x3f) << 6) | (bytes[at + 2]! & 0x3f);
  return ((lead & 0x07) << 18) | ((bytes[at + 1]! & 0x3f) << 12) | ((bytes[at + 2]! & 0x3f) << 6) | (bytes[at + 3]! & 0x3f);
}

/** Byte order, which is code-point order (compareKeys). */
function compareBytes(bytes: Uint8Array, a: [number, number], b: [number, number]): number {
  const length = Math.min(a[1] - a[0], b[1] - b[0]);
  for (let i = 0; i < length; i++) {
    const d = bytes[a[0] + i]! - bytes[b[0] + i]!;
    if (d) return d;
  }
  return a[1] - a[0] - (b[1] - b[0]);
}

export interface UnpackedDictionary {
  /** The dictionary file, UTF-8, byte for byte what the build packed. */
  bytes: Uint8Array;
  /** Where its lines start: entries, then the traditional index (line-index.ts layout). */
  entryStarts: Int32Array;
  indexStarts: Int32Array;
}

/**
 * The dictionary file a pack was made from, byte for byte. It runs once per language worker, at
 * warm-up, so it works on bytes: the definitions (half the file) are copied, not decoded, and the
 * file's line starts come out with it.
 */
export function unpackDictionary(pack: Uint8Array): UnpackedDictionary {
  const bounds: number[] = [-1];
  for (let at = pack.indexOf(NUL); at >= 0; at = pack.indexOf(NUL, at + 1)) bounds.push(at);
  bounds.push(pack.length);
  if (bounds.length !== SECTIONS.length + 1) throw new Error('not a dictionary pack');
  const sectionText = (name: (typeof SECTIONS)[number]) => {
    const i = SECTIONS.indexOf(name);
    return decoder.decode(pack.subarray(bounds[i]! + 1, bounds[i + 1]!));
  };
  const [format, count = ''] = sectionText('format').split('\n');
  if (format !== FORMAT) throw new Error(`unknown dictionary pack format: ${format}`);
  const rowCount = Number(count);
  const section = (name: (typeof SECTIONS)[number]) => {
    const i = SECTIONS.indexOf(name);
    return lines(pack, bounds[i]! + 1, bounds[i + 1]!, rowCount);
  };
  const [simplified, traditional, rank, pinyin, definitions, classifiers, variants] = (
    ['simplified', 'traditional', 'rank', 'pinyin', 'definitions', 'classifiers', 'variants'] as const
  ).map(section) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];

  // Each character's readings as UTF-8, by the character's code point.
  const readings = new Map<number, Uint8Array[]>();
  for (const line of sectionText('readings').split('\n')) {
    const tab = line.indexOf(FIELD);
    readings.set(line.codePointAt(0)!, line.slice(tab + 1).split(' ').map((reading) => encoder.encode(reading)));
  }

  // The unpacked file is never larger than this: each packed column byte yields at most a few.
  const out = new Uint8Array(pack.length * 4 + rowCount * 64);
  let size = 0;
  const copy = (from: number, to: number) => {
    // Most fields are a few bytes: a loop is cheaper than a subarray for them.
    if (to - from < 32) while (from < to) out[size++] = pack[from++]!;
    else {
      out.set(pack.subarray(from, to), size);
      size += to - from;
    }
  };
  const copyField = (starts: Int32Array, i: number) => copy(starts[i]!, starts[i + 1]! - 1);

  const entryStarts = new Int32Array(rowCount + 1);
  const traditionalKeys: Array<[number, number, number]> = [];
  let previous: [number, number] = [0, 0];
  for (let row = 0; row < rowCount; row++) {
    if (row) out[size++] = NEWLINE;
    entryStarts[row] = size;
    // Simplified: the previous headword's first `shared` characters, then the rest.
    const sFrom = simplified[row]!;
    const sTo = simplified[row + 1]! - 1;
    let shared = pack[sFrom]! - 0x30;
    let keep = previous[0];
    while (shared-- > 0) keep += sequenceLength(out[keep]!);
    const start = size;
    out.copyWithin(size, previous[0], keep);
    size += keep - previous[0];
    copy(sFrom + 1, sTo);
    const headword: [number, number] = [start, size];
    previous = headword;
    out[size++] = TAB;
    // Traditional: the simplified character wherever the pack says "same".
    const tFrom = traditional[row]!;
    const tTo = traditional[row + 1]! - 1;
    const tStart = size;
    if (pack[tFrom] === LITERAL_BYTE) copy(tFrom + 1, tTo);
    else {
      let s = headword[0];
      for (let at = tFrom; at < tTo; ) {
        const sLength = sequenceLength(out[s]!);
        if (pack[at] === SAME_BYTE) {
          out.copyWithin(size, s, s + sLength);
          size += sLength;
          at++;
        } else {
          const length = sequenceLength(pack[at]!);
          copy(at, at + length);
          at += length;
        }
        s += sLength;
      }
    }
    if (size > tStart) traditionalKeys.push([tStart, size, row]);
    out[size++] = TAB;
    copyField(rank, row);
    out[size++] = TAB;
    // Pinyin: each character's reading by its rank, or written out.
    const pFrom = pinyin[row]!;
    const pTo = pinyin[row + 1]! - 1;
    if (pack[pFrom] === LITERAL_BYTE) copy(pFrom + 1, pTo);
    else {
      let s = headword[0];
      for (let at = pFrom; at < pTo; at++) {
        const digit = pack[at]!;
        const reading = readings.get(codePointAt(out, s))![digit <= 0x39 ? digit - 0x30 : digit - 0x57]!;
        if (at > pFrom) out[size++] = SPACE;
        for (let k = 0; k < reading.length; k++) out[size++] = reading[k]!;
        s += sequenceLength(out[s]!);
      }
    }
    out[size++] = TAB;
    copyField(definitions, row);
    // Classifiers and variants only when not empty (entry-format.ts leaves empty trailing fields off).
    const cFrom = classifiers[row]!;
    const cTo = classifiers[row + 1]! - 1;
    const vFrom = variants[row]!;
    const vTo = variants[row + 1]! - 1;
    if (cTo > cFrom || vTo > vFrom) {
      out[size++] = TAB;
      copy(cFrom, cTo);
    }
    if (vTo > vFrom) {
      out[size++] = TAB;
      copy(vFrom, vTo);
    }
  }
  entryStarts[rowCount] = size;

  // The traditional index, rebuilt as the build writes it: forms sorted, each with its entry lines.
  const separator = encoder.encode(SECTION_SEPARATOR);
  out.set(separator, size);
  size += separator.length;
  traditionalKeys.sort((a, b) => compareBytes(out, [a[0], a[1]], [b[0], b[1]]) || a[2] - b[2]);
  const indexStarts: number[] = [];
  for (let i = 0; i < traditionalKeys.length; ) {
    const [from, to] = traditionalKeys[i]!;
    const rows: number[] = [];
    let j = i;
    for (; j < traditionalKeys.length && compareBytes(out, [from, to], [traditionalKeys[j]![0], traditionalKeys[j]![1]]) === 0; j++) rows.push(traditionalKeys[j]![2]);
    indexStarts.push(size);
    out.copyWithin(size, from, to);
    size += to - from;
    // Tab, the entry lines joined with commas, newline: ASCII, written as is.
    const tail = `${FIELD}${rows.join(',')}\n`;
    for (let k = 0; k < tail.length; k++) out[size++] = tail.charCodeAt(k);
    i = j;
  }
  indexStarts.push(size);
  // The entry lines end before the separator's newline, the way scanSections counts them.
  entryStarts[rowCount] = entryStarts[rowCount]! + 1;
  return { bytes: out.slice(0, size), entryStarts, indexStarts: Int32Array.from(indexStarts) };
}
