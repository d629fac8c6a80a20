/**
 * Where the article is, and what it is called. The detector's scoring finds the root (the same
 * judgement that marked the page `article`), so the reader annotates exactly what was detected.
 */
import { findArticleRoot } from '../detect/index';

export function findReaderRoot(doc: Document): Element | null {
  return findArticleRoot(doc);
}

/** The headline spam detection compares against: the article's h1, else the page title. */
export function articleTitle(doc: Document, root: Element | null): string {
  const heading = root?.querySelector('h1') ?? doc.querySelector('h1');
  const text = heading?.textContent?.trim();
  return text || doc.title;
}
