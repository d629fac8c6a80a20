/**
 * SIGHAN 2005's test text (one sentence or paragraph a line, words cut by spaces; research use only,
 * read in place from ../shared, never shipped) as news-like pages of `perParagraph` lines a paragraph
 * and `paragraphs` paragraphs a page: the clean scans read real running text no finder was tuned on.
 */
import { readFileSync } from 'node:fs';

export function sighanPages(file: string, perParagraph: number, paragraphs: number): string[][] {
  const url = new URL(`../../../shared/bench/segmentation/${file}`, import.meta.url);
  const rows = readFileSync(url, 'utf8').split('\n').map((l) => l.replace(/\s+/gu, '')).filter(Boolean);
  const pages: string[][] = [];
  for (let i = 0; i < rows.length; i += perParagraph * paragraphs) {
    const page: string[] = [];
    for (let p = 0; p < paragraphs; p++) page.push(rows.slice(i + p * perParagraph, i + (p + 1) * perParagraph).join(''));
    pages.push(page.filter(Boolean));
  }
  return pages;
}
