/**
 * The browser's answer to "is this a block?" and "is this painted?", from computed style. Pages hide
 * anti-copy junk in many ways (display:none, visibility:hidden, zero font size, zero-size boxes,
 * transparency), and readers must not see ruby over text they cannot see.
 */
import type { LayoutProbe } from './extract-paragraphs';

const TRANSPARENT = /^(transparent|rgba\([^)]*,\s*0\))$/;
const INLINE_DISPLAYS = new Set(['inline', 'contents', 'ruby', 'ruby-text', 'ruby-base']);

export function createDomLayoutProbe(view: Window = window): LayoutProbe {
  // One probe serves one extraction pass; styles do not change under us within it.
  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (element: Element) => {
    let computed = styles.get(element);
    if (!computed) styles.set(element, (computed = view.getComputedStyle(element)));
    return computed;
  };

  return {
    isBlock(element) {
      return !INLINE_DISPLAYS.has(style(element).display);
    },
    isRendered(element) {
      const s = style(element);
      if (s.display === 'contents') return true; // no box of its own, children still painted
      if ('checkVisibility' in element) {
        if (!element.checkVisibility({ visibilityProperty: true })) return false;
      } else if (s.display === 'none' || s.visibility === 'hidden') {
        return false;
      }
      // Transparent inline runs inside a sentence are junk. Transparent blocks are not judged:
      // "animate on scroll" pages keep whole sections at opacity 0 until they fade them in.
      if (s.display === 'inline' && parseFloat(s.opacity) === 0) return false;
      if (parseFloat(s.fontSize) === 0) return false;
      // Zero-size boxes that still hold text: clipped or squashed junk. Blocks can be empty-height
      // while their floated or overflowing children show, so only judge inline boxes this way.
      if (s.display === 'inline' && element.getClientRects().length > 0) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return false;
      }
      // Screen-reader-only and squashed boxes: clipped to (almost) nothing.
      if (s.overflow === 'hidden' && (parseFloat(s.height) <= 1 || parseFloat(s.width) <= 1)) return false;
      // Junk painted in a fully transparent colour still takes space but cannot be read.
      if (TRANSPARENT.test(s.color)) return false;
      return true;
    },
  };
}
