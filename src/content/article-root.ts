/**
 * Where the article is, and what it is called. The detector's scoring finds the root (the same
 * judgement that marked the page `article`), so the reader annotates exactly what was detected.
 */
import { findArticleRoot } from '../detect/index';

export function findReaderRoot(doc: Document): Element | null {
  return findArticleRoot(doc);
}

/**
 * On a Chinese page that holds no article, the reader reads only when the user asks for pinyin
 * (the popup's "Show pinyin on this page"), and then the whole page: no story was found to prefer
 * over its lists, navigation or forum posts, and the user asked for the page.
 */
export function findRequestedRoot(doc: Document): Element | null {
  return doc.body;
}

/** An element's text without ruby readings (the headline itself gets Dudong's ruby). */
function textWithoutReadings(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() !== 'RT') node.childNodes.forEach(walk);
  };
  walk(element);
  return text;
}

/** The headline spam detection compares against: the article's h1, else the page title. */
export function articleTitle(doc: Document, root: Element | null): string {
  const heading = root?.querySelector('h1') ?? root?.shadowRoot?.querySelector('h1') ?? doc.querySelector('h1');
  const text = heading ? textWithoutReadings(heading).trim() : '';
  return text || doc.title;
}
