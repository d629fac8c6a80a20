/**
 * Session 23's written set: news-style sentences written for the project (not corpus text), grouped
 * by hand, for the word groupings only (tests/fixtures/news-words/written-s23-*.txt).
 *
 * The news gold set is four articles the rules were tuned on; this set asks whether the rules hold
 * on other topics (local services, farming, transport, schools, shops). A line is one paragraph:
 * words separated by spaces, `~` inside a word for a gap that is right either way. No readings: the
 * verdicts count grouping only.
 */
import { readFileSync } from 'node:fs';
import type { Gap, GoldParagraph } from './gold';

/** One written line as a gold paragraph (readings left empty: nothing is judged misread). */
export function parseWrittenLine(line: string, id: string): GoldParagraph {
  let text = '';
  const gaps: Gap[] = [];
  for (const word of line.trim().split(/\s+/)) {
    word.split('~').forEach((piece, p) => {
      [...piece].forEach((char, k) => {
        for (let unit = 0; unit < char.length; unit++) {
          const first = text.length === 0;
          gaps.push(first ? 'split' : unit > 0 || k > 0 ? 'join' : p > 0 ? 'either' : 'split');
          text += char[unit];
        }
      });
    });
  }
  return { id, text, gaps, readings: [...text].flatMap((c) => (c.length === 2 ? [[], []] : [[]])) };
}

export function loadWritten(path: string): GoldParagraph[] {
  const name = path.split('/').pop()!.replace(/\.txt$/, '');
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, at) => ({ line, at }))
    .filter(({ line }) => line.trim() && !line.startsWith('#'))
    .map(({ line, at }) => parseWrittenLine(line, `${name}:${at + 1}`));
}

/**
 * A written set grouped into pages (session 25's sets): a line `#page …` starts a page, and the lines
 * after it are that page's paragraphs, read together as one article so rules that look across the
 * page see them all. Lines before the first `#page` make a page of their own.
 */
export function loadWrittenPages(path: string): GoldParagraph[][] {
  const name = path.split('/').pop()!.replace(/\.txt$/, '');
  const pages: GoldParagraph[][] = [[]];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, at) => {
      if (line.startsWith('#page')) pages.push([]);
      else if (line.trim() && !line.startsWith('#')) pages.at(-1)!.push(parseWrittenLine(line, `${name}:${at + 1}`));
    });
  return pages.filter((page) => page.length > 0);
}
