/**
 * The character under the pointer. Browsers answer "where would the caret go?" rather than
 * "what is under this point?": past the end of a line, in a margin, or over a block's padding they
 * still return the nearest text position. So the answer is checked against the character's boxes.
 */
import type { Position } from './inline-text';

/** Slack, in CSS pixels, for points on a glyph's edge (sub-pixel layout, rounding). */
const TOLERANCE = 1;

interface CaretPositionLike {
  offsetNode: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPositionLike | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The raw caret position nearest (x, y), from whichever API the browser has. Text inside the open
 * shadow roots named in `shadowRoots` is found too; other shadow trees answer with their host.
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | null {
  const caretDoc = doc as CaretDocument;
  // Standard (Firefox; Chrome 128+). Chrome's older caretRangeFromPoint is the fallback.
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = shadowRoots.length ? caretDoc.caretPositionFromPoint(x, y, { shadowRoots }) : caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** [start, end) of the character (one code point) that starts at or contains `offset`. */
function characterSpan(text: string, offset: number): [number, number] | null {
  if (offset < 0 || offset >= text.length) return null;
  const start = isLowSurrogate(text.charCodeAt(offset)) && offset > 0 ? offset - 1 : offset;
  const end = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
  return [start, end];
}

/** Whether (x, y) lies in one of `rects`, give or take TOLERANCE. */
export function pointInRects(rects: DOMRectList, x: number, y: number): boolean {
  for (const rect of Array.from(rects)) {
    if (
      x >= rect.left - TOLERANCE &&
      x <= rect.right + TOLERANCE &&
      y >= rect.top - TOLERANCE &&
      y <= rect.bottom + TOLERANCE
    ) {
      return true;
    }
  }
  return false;
}

function characterContains(node: Text, span: [number, number], x: number, y: number): boolean {
  const range = node.ownerDocument.createRange();
  range.setStart(node, span[0]);
  range.setEnd(node, span[1]);
  return pointInRects(range.getClientRects(), x, y);
}

/**
 * The text position of the character under (x, y): its node and the offset where it starts.
 * Null when the point is not over a character of a text node (blank space, images, inputs).
 */
export function characterAtPoint(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Position | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const node = caret.node as Text;
  // Over the right half of a glyph the caret goes after it: try the character after the caret,
  // then the one before.
  const candidates = [characterSpan(node.data, caret.offset), characterSpan(node.data, caret.offset - 1)];
  for (const span of candidates) {
    if (span && characterContains(node, span, x, y)) return { node, offset: span[0] };
  }
  return null;
}
