/**
 * A word on the page that can be looked up: what to look up, where it is, and its neighbours.
 */
export interface HoverTarget {
  /** Identity: hovering the same word again must not restart the lookup. */
  key: string;
  /** The text sent to the dictionary. */
  word: string;
  /** The reading Dudong showed for it (numbered), when it showed one: the tooltip leads with it. */
  reading?: string;
  /** The span marked as possibly inserted that the word lies in, if any. */
  suspect?: { family: string; reason: string };
  /** The word's text (for the highlight and the sentence), without any ruby annotation. */
  textRanges: Range[];
  /** The box the tooltip must not cover (for ruby words this includes the pinyin above). */
  anchorRect(): DOMRect;
  next(): Promise<HoverTarget | null>;
  previous(): Promise<HoverTarget | null>;
}

/** The first line's part of a set of rectangles: a word wrapped over two lines anchors on its first. */
export function firstLineRect(rects: readonly DOMRect[]): DOMRect {
  const first = rects.find((r) => r.width > 0 || r.height > 0) ?? rects[0];
  if (!first) return new DOMRect();
  let { left, top, right, bottom } = first;
  for (const rect of rects) {
    const middle = (rect.top + rect.bottom) / 2;
    if (middle < first.top || middle > first.bottom || (rect.width === 0 && rect.height === 0)) continue;
    left = Math.min(left, rect.left);
    right = Math.max(right, rect.right);
    top = Math.min(top, rect.top);
    bottom = Math.max(bottom, rect.bottom);
  }
  return new DOMRect(left, top, right - left, bottom - top);
}
