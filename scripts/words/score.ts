/**
 * Scores the pipeline's tokens against a gold paragraph, word by gold word (words with a Han
 * character; punctuation and numbers alone are not counted):
 * - wrongly grouped: the pipeline cuts the word where the gold joins, or glues it to a neighbour
 *   across a gold split (a gap marked `either` is right both ways);
 * - misread: a character read with another syllable or another full tone than the gold allows;
 * - neutral-tone difference: read right except a neutral tone where the dictionary has a full one
 *   or the other way round (书记 shū jì for shū ji), counted apart from misreadings.
 */
import type { WordToken } from '../../src/messaging/protocol';
import { goldWords, type GoldParagraph } from './gold';

const HAN = /\p{Script=Han}/u;

export type WordError = 'grouping' | 'misread' | 'neutral';

export interface WordVerdict {
  start: number;
  end: number;
  errors: WordError[];
  /** The pipeline's readings of the word's units. */
  got: string[];
}

export interface Tally {
  words: number;
  grouping: number;
  misread: number;
  neutral: number;
}

const base = (reading: string): string => reading.replace(/[1-5]$/, '');
const isNeutral = (reading: string): boolean => reading.endsWith('5');

export function judgeParagraph(gold: GoldParagraph, tokens: readonly WordToken[]): WordVerdict[] {
  const n = gold.text.length;
  // cut[i]: the pipeline puts a word boundary before unit i (units no token covers stand alone).
  const cut = new Array<boolean>(n + 1).fill(true);
  const got = new Array<string>(n).fill('');
  for (const t of tokens) {
    for (let i = t.start + 1; i < t.end; i++) cut[i] = false;
    t.readings.forEach((r, k) => (got[t.start + k] = r));
  }
  const out: WordVerdict[] = [];
  for (const [start, end] of goldWords(gold)) {
    if (!HAN.test(gold.text.slice(start, end))) continue;
    const errors: WordError[] = [];
    let grouped = (start === 0 || cut[start]) && (end === n || cut[end]);
    for (let i = start + 1; i < end; i++) {
      // Inside a run of digits or letters the tokens say nothing (they only carry Han words).
      const han = HAN.test(gold.text[i - 1]!) || HAN.test(gold.text[i]!);
      if (gold.gaps[i] === 'join' && cut[i] && han) grouped = false;
    }
    if (!grouped) errors.push('grouping');
    let misread = false;
    let neutral = false;
    for (let i = start; i < end; i++) {
      const right = gold.readings[i]!;
      if (right.length === 0 || right.includes(got[i]!)) continue;
      const toneOnly = right.some((r) => base(r) === base(got[i]!) && (isNeutral(r) || isNeutral(got[i]!)));
      if (toneOnly) neutral = true;
      else misread = true;
    }
    if (misread) errors.push('misread');
    else if (neutral) errors.push('neutral');
    out.push({ start, end, errors, got: got.slice(start, end) });
  }
  return out;
}

export function tally(verdicts: readonly WordVerdict[]): Tally {
  const t: Tally = { words: verdicts.length, grouping: 0, misread: 0, neutral: 0 };
  for (const v of verdicts) for (const e of v.errors) t[e]++;
  return t;
}
