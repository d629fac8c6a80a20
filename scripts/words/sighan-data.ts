/**
 * Reading the SIGHAN 2005 test sets (research use only: read in place from ../shared/bench/segmentation,
 * never shipped or trained on), shared by the line-by-line scorer (./sighan.ts) and the page scorer
 * (./sighan-pages.ts). A word is right when its span of code points equals a gold word's, as
 * ../shared/bench/eval-segmentation.mjs scores.
 */
import { readFileSync } from 'node:fs';

const DATA = process.env.SIGHAN ?? '/work/shared/bench/segmentation/';

/** The lines of one file of the set, without the trailing empty line. */
export function readLines(file: string): string[] {
  const lines = readFileSync(`${DATA}${file}`, 'utf8').split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The gold words of a line (ideographic spaces separate them too). */
export const goldWords = (line: string): string[] => line.replace(/\u3000/g, ' ').trim().split(/\s+/).filter(Boolean);

/** Each word's span of code points, "start,end". */
export function spans(words: readonly string[]): string[] {
  let at = 0;
  return words.map((w) => `${at},${(at += [...w].length)}`);
}
