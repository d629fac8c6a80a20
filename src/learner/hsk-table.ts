/**
 * HSK levels and frequency bands of 11,470 words, compiled at build time from the shared HSK list
 * (scripts/build-hsk.ts) into a compact text file: one line per combination of levels, the words
 * after a tab, space-separated. About 100 KB for the whole list, parsed in a few milliseconds.
 *
 *   <hsk3 0–7><hsk2 0–6><frequency a–d or 0>\t<word> <word> …
 *
 * 0 means "not listed"; hsk3 7 is the advanced band 7–9; frequency a–d are the bands below.
 */
import type { FrequencyBand, WordLevel } from '../messaging/protocol';

export interface HskRow {
  word: string;
  hsk3?: number;
  hsk2?: number;
  /** The source's frequency rank, lower is more common; undefined when it has none. */
  frequencyRank?: number;
}

export interface HskTable {
  level(word: string): WordLevel | undefined;
  /** Words whose HSK 3.0 band is at most `band` (7 includes the advanced band). */
  wordsUpTo(band: number): string[];
  readonly size: number;
}

/** Upper rank of each band, most common first; the last band takes every rank beyond. */
const FREQUENCY_BANDS: ReadonlyArray<[FrequencyBand, number, string]> = [
  ['top1000', 1_000, 'a'],
  ['top5000', 5_000, 'b'],
  ['top20000', 20_000, 'c'],
  ['rare', Infinity, 'd'],
];

export function frequencyBand(rank: number): FrequencyBand {
  return FREQUENCY_BANDS.find(([, upTo]) => rank <= upTo)![0];
}

function bandCode(rank: number | undefined): string {
  if (rank === undefined) return '0';
  return FREQUENCY_BANDS.find(([, upTo]) => rank <= upTo)![2];
}

export function encodeHskTable(rows: readonly HskRow[]): string {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.word || /\s/.test(row.word)) continue;
    const key = `${row.hsk3 ?? 0}${row.hsk2 ?? 0}${bandCode(row.frequencyRank)}`;
    if (key === '000') continue; // nothing to say about it
    const words = groups.get(key);
    if (words) words.push(row.word);
    else groups.set(key, [row.word]);
  }
  return [...groups.keys()]
    .sort()
    .map((key) => `${key}\t${groups.get(key)!.join(' ')}`)
    .join('\n') + '\n';
}

const LINE = /^([0-7])([0-6])([0a-d])\t(.*)$/;

export function parseHskTable(text: string): HskTable {
  const levels = new Map<string, WordLevel>();
  for (const line of text.split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue;
    const level: WordLevel = {};
    const hsk3 = Number(match[1]);
    const hsk2 = Number(match[2]);
    const band = FREQUENCY_BANDS.find(([, , code]) => code === match[3]);
    if (hsk3) level.hsk3 = hsk3;
    if (hsk2) level.hsk2 = hsk2;
    if (band) level.frequency = band[0];
    // Each word is given once; the shared object is never mutated by readers.
    for (const word of match[4]!.split(' ')) if (word) levels.set(word, level);
  }
  return {
    level: (word) => levels.get(word),
    wordsUpTo(band) {
      const out: string[] = [];
      for (const [word, level] of levels) if (level.hsk3 !== undefined && level.hsk3 <= band) out.push(word);
      return out;
    },
    get size() {
      return levels.size;
    },
  };
}

/** Rows of the shared list's TSV (simplified, traditional, hsk3, hsk2, frequency_rank, pinyin). */
export function parseHskSource(tsv: string): HskRow[] {
  const lines = tsv.split(/\r?\n/).filter(Boolean);
  const header = lines.shift()?.split('\t') ?? [];
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`HSK list: no "${name}" column`);
    return index;
  };
  const [word, hsk3, hsk2, rank] = ['simplified', 'hsk3', 'hsk2', 'frequency_rank'].map(column) as [number, number, number, number];
  const level = (value: string | undefined, max: number) => {
    const n = Number(value);
    return value && Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
  };
  return lines.map((line) => {
    const fields = line.split('\t');
    const r = Number(fields[rank]);
    const row: HskRow = { word: fields[word]!.trim() };
    const h3 = level(fields[hsk3], 7);
    const h2 = level(fields[hsk2], 6);
    if (h3) row.hsk3 = h3;
    if (h2) row.hsk2 = h2;
    // The source writes 1,000,000 for "no rank".
    if (Number.isFinite(r) && r > 0 && r < 1_000_000) row.frequencyRank = r;
    return row;
  });
}
