/**
 * The rendered text around a point in the page, as one string with a map back to DOM positions.
 * Text is gathered across inline elements (<a>, <strong>, <span>) but never across a block
 * boundary, so a headline's last word is not glued to the next paragraph's first.
 */
import { SPAM_ATTRIBUTE } from '../annotate/markers';

/** Elements whose text is never part of the reading text: ruby annotations, code, controls. */
const SKIPPED = new Set(['RT', 'RP', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE']);

export function isInlineDisplay(display: string): boolean {
  return display.startsWith('inline') || display.startsWith('ruby') || display === 'contents';
}

/** The nearest ancestor that is laid out as a block (the paragraph the text belongs to). */
export function blockAncestor(node: Node): Element {
  let element = node instanceof Element ? node : node.parentElement;
  while (element && element.parentElement) {
    const view = element.ownerDocument.defaultView;
    if (view && !isInlineDisplay(view.getComputedStyle(element).display)) return element;
    element = element.parentElement;
  }
  return element ?? node.ownerDocument!.documentElement;
}

/** Whether a text node's text is part of the page's reading text (not skipped, not hidden spam). */
export function isReadingText(node: Text, within: Element): boolean {
  for (let el = node.parentElement; el && el !== within.parentElement; el = el.parentElement) {
    if (SKIPPED.has(el.tagName.toUpperCase())) return false;
    if (el.hasAttribute(SPAM_ATTRIBUTE)) return false;
    if (el.hidden) return false;
  }
  return true;
}

export interface Position {
  node: Text;
  offset: number;
}

export interface CollectedText {
  text: string;
  /** Index in `text` of the position the collection started from. */
  origin: number;
  positionAt(index: number): Position;
  rangeFor(start: number, end: number): Range;
}

interface Piece {
  node: Text;
  /** Offset in `text` where this node's used part begins, and the node offset it corresponds to. */
  textStart: number;
  nodeStart: number;
  length: number;
}

/**
 * Up to `before` code units before and `after` code units after `from`, within its block.
 * Text in hidden elements (display: none, spam Dudong hid) is skipped.
 */
export function collectText(from: Position, before: number, after: number): CollectedText {
  const doc = from.node.ownerDocument;
  const block = blockAncestor(from.node);
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node === from.node || (isReadingText(node as Text, block) && isRendered(node as Text))
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  const pieces: Piece[] = [];

  // Backwards from the start node.
  let backText = from.node.data.slice(Math.max(0, from.offset - before), from.offset);
  const backPieces: Array<{ node: Text; nodeStart: number; length: number }> = [];
  if (backText) backPieces.push({ node: from.node, nodeStart: from.offset - backText.length, length: backText.length });
  walker.currentNode = from.node;
  while (backText.length < before) {
    const previous = walker.previousNode() as Text | null;
    if (!previous) break;
    const take = Math.min(previous.data.length, before - backText.length);
    backText = previous.data.slice(previous.data.length - take) + backText;
    backPieces.unshift({ node: previous, nodeStart: previous.data.length - take, length: take });
  }
  let cursor = 0;
  for (const piece of backPieces) {
    pieces.push({ ...piece, textStart: cursor });
    cursor += piece.length;
  }
  const origin = cursor;

  // Forwards from the start position.
  let forward = from.node.data.slice(from.offset, from.offset + after);
  if (forward) pieces.push({ node: from.node, nodeStart: from.offset, length: forward.length, textStart: cursor });
  cursor += forward.length;
  walker.currentNode = from.node;
  while (forward.length < after) {
    const next = walker.nextNode() as Text | null;
    if (!next) break;
    const take = Math.min(next.data.length, after - forward.length);
    if (take === 0) continue;
    pieces.push({ node: next, nodeStart: 0, length: take, textStart: cursor });
    forward += next.data.slice(0, take);
    cursor += take;
  }

  const text = backText + forward;
  const positionAt = (index: number): Position => {
    for (const piece of pieces) {
      if (index < piece.textStart + piece.length) return { node: piece.node, offset: piece.nodeStart + index - piece.textStart };
    }
    const last = pieces[pieces.length - 1];
    return last ? { node: last.node, offset: last.nodeStart + last.length } : from;
  };
  // An end position lies at the end of the piece holding its last character, not the start of the next.
  const endPositionAt = (index: number): Position => (index > 0 ? advance(positionAt(index - 1)) : positionAt(0));
  return {
    text,
    origin,
    positionAt,
    rangeFor(start, end) {
      const range = doc.createRange();
      const a = positionAt(start);
      const b = endPositionAt(end);
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },
  };
}

function advance(position: Position): Position {
  return { node: position.node, offset: position.offset + 1 };
}

/** Text in a display:none subtree has no boxes; it is not what the reader sees. */
function isRendered(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  return parent.getClientRects().length > 0;
}
