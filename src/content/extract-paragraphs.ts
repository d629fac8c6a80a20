/**
 * Splits an article root into paragraph units: each block's runs of inline content, read through
 * inline elements (`<b>信</b>访` is one text `信访`), with skipped and unrendered elements left out.
 */
import { renderedChildren } from '../detect/visible-text';
import { attachesToPrevious, isInvisibleAt } from './invisible-characters';
import type { ParagraphUnit, TextPiece } from './paragraph-unit';
import { isSkippedElement } from './skip-rules';

export interface LayoutProbe {
  /** Whether the element starts its own block (a paragraph boundary), not flowing inline. */
  isBlock(element: Element): boolean;
  /** Whether the element's content is painted at all (not display:none, hidden, zero-size junk). */
  isRendered(element: Element): boolean;
}

export interface ExtractOptions {
  layout: LayoutProbe;
  /** Text nodes already read (or created by Dudong): never read twice. Extraction adds to it. */
  claimed: WeakSet<Text>;
}

const HAN = /\p{Script=Han}/u;
/**
 * ASCII junk: the characters that fill a farm's anti-scrape strings (w5 s9 B9 ?8 g$ R) and spelt-out
 * addresses (+x.i!a/o~s′h¢u…c!o,m+). A line without Han is read only when it holds a few of these,
 * or short tokens of letters glued to digits, so the spam finders can hide a junk line standing on
 * its own; other Latin lines stay unread.
 */
const JUNK_MARKS = /[!#$%&*+/<=>?@\\^_`|~′¢¤·]/gu;
const MIN_JUNK_MARKS = 3;
const MAX_JUNK_LINE = 200;
// The whitespace HTML collapses; no-break and ideographic spaces are real characters.
const COLLAPSIBLE = /[ \t\n\r\f]/;

/**
 * The paragraph units under `start` (an element or a text node), in document order. Units without
 * a Han character are dropped, unless they may be a farm's junk line (see JUNK_MARKS). `start`'s
 * own ancestors are not checked: see `isInsideSkipped`.
 */
export function extractParagraphs(start: Node, options: ExtractOptions): ParagraphUnit[] {
  const { layout, claimed } = options;
  const units: ParagraphUnit[] = [];
  let pieces: Text[] = [];
  const blocks: Element[] = [nearestBlock(start, layout)];

  const close = () => {
    if (pieces.length) {
      const unit = buildUnit(blocks.at(-1)!, pieces);
      if (unit) {
        units.push(unit);
        for (const node of pieces) claimed.add(node);
      }
    }
    pieces = [];
  };

  // An explicit stack: articles can nest deeply enough to make recursion a risk.
  type Step = { node: Node; leaving?: Element };
  const stack: Step[] = [{ node: start }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      close();
      blocks.pop();
      continue;
    }
    if (node.nodeType === 3) {
      const text = node as Text;
      if (!claimed.has(text) && text.data) pieces.push(text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (isSkippedElement(element) || !layout.isRendered(element)) continue;
    if (element.tagName === 'BR' || element.tagName === 'br') {
      close();
      continue;
    }
    // A web component's shadow tree (and the light nodes its slots show) is what the reader sees.
    const children = Array.from(renderedChildren(element));
    if (element !== start && layout.isBlock(element)) {
      close();
      blocks.push(element);
      stack.push({ node: element, leaving: element });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  close();
  return units;
}

function nearestBlock(node: Node, layout: LayoutProbe): Element {
  let at: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (at?.parentElement && !layout.isBlock(at)) at = at.parentElement;
  return at ?? (node.ownerDocument ?? (node as Document)).documentElement;
}

function mayBeJunkLine(raw: string): boolean {
  const line = raw.trim();
  if (line.length === 0 || line.length > MAX_JUNK_LINE) return false;
  if ((line.match(JUNK_MARKS)?.length ?? 0) >= MIN_JUNK_MARKS) return true;
  // Or short tokens gluing letters to digits or marks (w5 s9 B9 ?8), which no sentence is made of.
  const tokens = line.split(/\s+/u);
  const odd = tokens.filter((t) => t.length <= 4 && /[A-Za-z]/u.test(t) && /[^A-Za-z]/u.test(t)).length;
  return odd >= MIN_JUNK_MARKS || (odd >= 2 && tokens.length >= 4 && tokens.every((t) => t.length <= 4));
}

function buildUnit(block: Element, nodes: Text[]): ParagraphUnit | null {
  const pieces: TextPiece[] = [];
  let raw = '';
  for (const node of nodes) {
    pieces.push({ node, start: raw.length, data: node.data });
    raw += node.data;
  }
  if (!HAN.test(raw) && !mayBeJunkLine(raw)) return null;
  let text = '';
  const rawIndex: number[] = [];
  const rawEnd: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (COLLAPSIBLE.test(char)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (isInvisibleAt(raw, i)) {
      // Left out of the analysed text; a variation selector stays with the character it modifies.
      if (attachesToPrevious(raw, i) && rawEnd.length && pendingSpace < 0) rawEnd[rawEnd.length - 1] = i + 1;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      rawIndex.push(pendingSpace);
      rawEnd.push(pendingSpace + 1);
    }
    pendingSpace = -1;
    text += char;
    rawIndex.push(i);
    rawEnd.push(i + 1);
  }
  return { block, text, pieces, rawIndex, rawEnd };
}
