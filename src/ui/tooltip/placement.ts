/**
 * Where the tooltip goes: under the word, or over it when there is no room below, never covering
 * it while either side has room, and always inside the viewport. Pure geometry.
 */
export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height available on the chosen side; the tooltip scrolls beyond it. */
  maxHeight: number;
}

/** Space between the word and the tooltip, and between the tooltip and the viewport's edge. */
export const GAP = 6;
export const MARGIN = 4;

export function placeTooltip(anchor: RectLike, size: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  let side: Placement['side'];
  if (size.height <= roomBelow) side = 'below';
  else if (size.height <= roomAbove) side = 'above';
  else side = roomBelow >= roomAbove ? 'below' : 'above';

  const maxHeight = Math.max(side === 'below' ? roomBelow : roomAbove, 0);
  const height = Math.min(size.height, maxHeight);
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;

  // Start at the word's left edge; shift left when that would run past the right edge, but never
  // past the left edge (a tooltip wider than the viewport is pinned left and wraps).
  const widest = viewport.width - MARGIN - size.width;
  const left = Math.max(MARGIN, Math.min(anchor.left, widest));
  return { left, top: Math.max(top, MARGIN), side, maxHeight };
}
