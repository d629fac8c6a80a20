/**
 * Content a page adds next to its article after load (the next story of an infinite scroll, the
 * rest of a story streamed in) lands outside the article root the detector found. It is read when
 * it sits in the article's own neighbourhood and reads as prose, never when it is navigation,
 * a footer, a sidebar, or a list of links.
 */
import type { ParagraphUnit } from './paragraph-unit';

/** How far above the root an addition may be attached and still count as the article's. */
const MAX_LEVELS_ABOVE_ROOT = 2;
/** A prose paragraph holds at least this many Han characters (short lines are captions, buttons). */
const MIN_PROSE_HAN = 12;
/** More of the paragraph's text than this in links: a link list, not prose. */
const MAX_LINK_SHARE = 0.5;

const NOT_ARTICLE = 'header, footer, nav, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

export function isNearArticle(node: Node, root: Element): boolean {
  // The body is everyone's ancestor: comments, banners and pop-ups are added there too.
  const body = root.ownerDocument.body;
  let region: Element = root;
  for (let level = 0; level < MAX_LEVELS_ABOVE_ROOT; level++) {
    const parent: Element | null = region.parentElement;
    if (!parent || parent === body || parent === root.ownerDocument.documentElement) break;
    region = parent;
  }
  if (region === root || !region.contains(node)) return false;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element !== null && element.closest(NOT_ARTICLE) === null;
}

export function isProse(unit: ParagraphUnit): boolean {
  const han = unit.text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < MIN_PROSE_HAN) return false;
  let linked = 0;
  let total = 0;
  for (const { node } of unit.pieces) {
    total += node.data.length;
    if (node.parentElement?.closest('a')) linked += node.data.length;
  }
  return total > 0 && linked / total <= MAX_LINK_SHARE;
}
