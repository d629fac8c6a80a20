/**
 * Real news text for measuring the language model: ../shared/corpus, read in place, split in two
 * halves by URL exactly as the spam benchmark splits it. Choices (pruning, context width) are made
 * on the dev half; figures are reported on the held-out half.
 */
import { readFileSync } from 'node:fs';

export interface CorpusArticle {
  url: string;
  title: string;
  paragraphs: string[];
}

export type Half = 'dev' | 'heldout';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

/** The same split as scripts/spam/bench.ts: FNV-1a of the URL, even → dev. */
export function halfOf(url: string): Half {
  let hash = 2166136261;
  for (const ch of url) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return hash % 2 === 0 ? 'dev' : 'heldout';
}

export function loadArticles(half?: Half): CorpusArticle[] {
  const articles: CorpusArticle[] = [];
  for (const file of ['sogou-2012-news.jsonl', 'sogou-2012-other.jsonl']) {
    for (const line of readFileSync(new URL(file, CORPUS), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as CorpusArticle;
      if (!half || halfOf(article.url) === half) articles.push(article);
    }
  }
  return articles;
}

export function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{Script=Han}/u.test(ch)) n++;
  return n;
}
