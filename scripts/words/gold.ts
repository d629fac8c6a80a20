/**
 * The news gold set: word groups and readings of real news paragraphs, drawn by hand.
 *
 * The corpus text is never stored in the project (../shared/corpus is read in place): a fixture
 * line holds the paragraph's place in the corpus, a hash of its text and, per word, only the
 * readings and lengths. `loadGold` joins the two back together and refuses a paragraph whose text
 * changed.
 *
 * Fixture line: `<article>:<paragraph> <sha1, 8 hex>\t<word> <word> ...` where a word is units
 * joined by `-` (one group) or `~` (a gap where splitting or joining are both right: 发布会~上,
 * 20~吨), and a unit is a numbered reading for one Han character (`zhong4`; alternatives both
 * right as `ji4/ji5`) or `#n` for n UTF-16 units without a reading (digits, Latin, punctuation).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const CORPUS_PATH = process.env.CORPUS ?? '/work/shared/corpus/sogou-2012-news.jsonl';

/** How the gold draws the gap before a text position. */
export type Gap = 'split' | 'join' | 'either';

export interface GoldParagraph {
  id: string;
  text: string;
  /** gaps[i] is the gap between text[i-1] and text[i]; gaps[0] is unused ('split'). */
  gaps: Gap[];
  /** Per UTF-16 unit: the right readings ([] where the unit has none; the low half of a pair too). */
  readings: string[][];
}

export interface CorpusArticle {
  url: string;
  title: string;
  paragraphs: string[];
}

export function loadCorpus(path = CORPUS_PATH): CorpusArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusArticle);
}

export const textHash = (text: string): string => createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 8);

const HAN = /^\p{Script=Han}$/u;

/** Parses one fixture line against the corpus; throws when the text no longer fits. */
export function parseGoldLine(line: string, corpus: readonly CorpusArticle[]): GoldParagraph {
  const [head, body] = line.split('\t');
  const [id = '', hash] = head!.split(' ');
  const [article, paragraph] = id.split(':').map(Number);
  const text = corpus[article!]?.paragraphs[paragraph!];
  if (text === undefined) throw new Error(`gold ${id}: no such paragraph in the corpus`);
  if (textHash(text) !== hash) throw new Error(`gold ${id}: the corpus paragraph changed (hash ${textHash(text)}, gold ${hash})`);
  const gaps: Gap[] = ['split'];
  const readings: string[][] = [];
  let at = 0;
  for (const word of body!.split(' ')) {
    const parts = word.split(/([-~])/);
    for (let p = 0; p < parts.length; p += 2) {
      const unit = parts[p]!;
      const width = unit.startsWith('#') ? Number(unit.slice(1)) : (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
      if (!(width > 0) || at + width > text.length) throw new Error(`gold ${id}: runs past the text at ${at}`);
      if (at > 0) gaps[at] = p === 0 ? 'split' : parts[p - 1] === '~' ? 'either' : 'join';
      for (let k = 1; k < width; k++) gaps[at + k] = 'join';
      if (unit.startsWith('#')) {
        for (let k = 0; k < width; k++) readings.push([]);
      } else {
        const char = String.fromCodePoint(text.codePointAt(at)!);
        if (!HAN.test(char)) throw new Error(`gold ${id}: a reading for non-Han ${char} at ${at}`);
        readings.push(unit.split('/'));
        if (width === 2) readings.push([]);
      }
      at += width;
    }
  }
  if (at !== text.length) throw new Error(`gold ${id}: covers ${at} of ${text.length} units`);
  return { id, text, gaps, readings };
}

export function loadGold(fixture: string, corpus: readonly CorpusArticle[]): GoldParagraph[] {
  return readFileSync(fixture, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => parseGoldLine(l, corpus));
}

/** Gold words: [start, end) spans between 'split' gaps. */
export function goldWords(p: GoldParagraph): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= p.text.length; i++) {
    if (i === p.text.length || p.gaps[i] === 'split') {
      out.push([start, i]);
      start = i;
    }
  }
  return out;
}

/** The fixture body of a paragraph (inverse of parseGoldLine's body). */
export function formatGoldBody(p: GoldParagraph): string {
  const words: string[] = [];
  for (const [start, end] of goldWords(p)) {
    let word = '';
    for (let i = start; i < end; ) {
      const cp = p.text.codePointAt(i)!;
      let width = cp > 0xffff ? 2 : 1;
      let unit: string;
      if (HAN.test(String.fromCodePoint(cp))) unit = p.readings[i]!.join('/');
      else {
        // A run of units without readings, up to the next gap that is not 'join'.
        while (i + width < end && p.gaps[i + width] === 'join' && !HAN.test(String.fromCodePoint(p.text.codePointAt(i + width)!))) width++;
        unit = `#${width}`;
      }
      if (i > start) word += p.gaps[i] === 'either' ? '~' : '-';
      word += unit;
      i += width;
    }
    words.push(word);
  }
  return words.join(' ');
}
