/**
 * Pure readings of computed style that say "this text cannot be seen": transparent glyphs, and boxes
 * clipped to nothing (`clip: rect(0 0 0 0)`, `clip-path: inset(50%)`, `circle(0)`, a flat polygon).
 * Kept apart from the DOM probe so each rule is tested on its own.
 */

/** The computed-style fields these rules read (a CSSStyleDeclaration has them all). */
export interface StyleLike {
  color: string;
  position: string;
  clip: string;
  clipPath: string;
  backgroundClip?: string;
  webkitTextFillColor?: string;
}

interface BoxLike {
  getBoundingClientRect(): { width: number; height: number };
}

const TRANSPARENT = /^(transparent|rgba\([^)]*,\s*0\)|rgb\([^)]*\/\s*0\))$/;

/**
 * Glyphs painted in a fully transparent colour take space but cannot be read. Gradient text
 * (`background-clip: text` with a transparent fill) is the exception: the background shows through.
 */
export function isTransparentText(s: StyleLike): boolean {
  if (TRANSPARENT.test(s.color)) return true;
  const fill = s.webkitTextFillColor;
  return fill !== undefined && TRANSPARENT.test(fill) && s.backgroundClip !== 'text';
}

/** Whether `clip` or `clip-path` leaves nothing of the element's box to see. */
export function isClippedAway(s: StyleLike, element: BoxLike): boolean {
  // `clip` applies to absolutely positioned boxes only.
  if ((s.position === 'absolute' || s.position === 'fixed') && isEmptyClipRect(s.clip)) return true;
  return isEmptyClipPath(s.clipPath, element);
}

/** `rect(top, right, bottom, left)` with no area; `auto` edges reach the box's own edges. */
export function isEmptyClipRect(clip: string): boolean {
  const match = /^rect\((.*)\)$/.exec(clip.trim());
  if (!match) return false;
  const edges = match[1]!.split(/[\s,]+/).filter(Boolean);
  if (edges.length !== 4 || edges.some((e) => e === 'auto')) return false;
  const [top, right, bottom, left] = edges.map(parseFloat) as [number, number, number, number];
  return bottom <= top || right <= left;
}

/** A length or percentage of `size` in px; NaN for anything else (calc(), keywords). */
function lengthIn(value: string, size: number): number {
  if (value.endsWith('%')) return (parseFloat(value) / 100) * size;
  if (value === '0' || value.endsWith('px')) return parseFloat(value);
  return Number.NaN;
}

/** The basic shapes pages use to hide text: inset(≥50%), circle(0), ellipse(0 …), a polygon without area. */
export function isEmptyClipPath(clipPath: string, element: BoxLike): boolean {
  const match = /^(inset|circle|ellipse|polygon)\((.*)\)/.exec(clipPath.trim());
  if (!match) return false;
  const [, shape, args] = match as unknown as [string, string, string];
  const { width, height } = element.getBoundingClientRect();
  const words = args.split(/\s+/).filter(Boolean);
  switch (shape) {
    case 'inset': {
      const round = words.indexOf('round');
      const values = round < 0 ? words : words.slice(0, round);
      // One to four values, as for margins.
      const [t, r = t, b = t, l = r] = values as [string, string?, string?, string?];
      const vertical = lengthIn(t, height) + lengthIn(b!, height);
      const horizontal = lengthIn(r!, width) + lengthIn(l!, width);
      return vertical >= height || horizontal >= width;
    }
    case 'circle':
      return words.length > 0 && words[0] !== 'at' && lengthIn(words[0]!, Math.min(width, height)) === 0;
    case 'ellipse':
      return words.length > 1 && words[0] !== 'at' && (lengthIn(words[0]!, width) === 0 || lengthIn(words[1]!, height) === 0);
    case 'polygon': {
      const points = args
        .replace(/^(nonzero|evenodd)\s*,/, '')
        .split(',')
        .map((pair) => pair.trim().split(/\s+/))
        .map(([x = '', y = '']) => [lengthIn(x, width), lengthIn(y, height)] as const);
      if (points.length < 3 || points.some(([x, y]) => Number.isNaN(x) || Number.isNaN(y))) return false;
      let twiceArea = 0;
      points.forEach(([x, y], i) => {
        const [nx, ny] = points[(i + 1) % points.length]!;
        twiceArea += x * ny - nx * y;
      });
      return Math.abs(twiceArea) < 1;
    }
  }
  return false;
}
