/**
 * The browser's answer to "is this a block?" and "is this painted?", from computed style and boxes.
 * Pages hide anti-copy junk in many ways (display:none, visibility:hidden, zero font size, zero-size
 * or clipped boxes, transparency, off-screen positions, scale(0)); text a reader cannot see must
 * neither get ruby nor be read into the sentence around it (小<junk>路 would be cut into 小 + 路).
 */
import type { LayoutProbe } from './extract-paragraphs';
import { isClippedAway, isTransparentText } from './hidden-styles';

const INLINE_DISPLAYS = new Set(['inline', 'contents', 'ruby', 'ruby-text', 'ruby-base']);
/** Text smaller than this (CSS px) is not meant to be read: junk squeezed out of sight. */
const MIN_READABLE_FONT_PX = 3;
/** A transformed box thinner than this (CSS px) is scaled out of sight. */
const MIN_TRANSFORMED_PX = 1;
/** A first line indented further left than this is out of every screen. */
const OFF_PAGE_INDENT_PX = 1000;

export function createDomLayoutProbe(view: Window = window): LayoutProbe {
  // One probe serves one extraction pass; styles and layout do not change under us within it.
  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (element: Element) => {
    let computed = styles.get(element);
    if (!computed) styles.set(element, (computed = view.getComputedStyle(element)));
    return computed;
  };
  const doc = view.document;
  let page: { left: number; top: number; right: number } | undefined;
  /** The scrollable page in viewport coordinates: a box wholly outside it can never be scrolled to. */
  const pageArea = () => {
    if (!page) {
      const root = doc.documentElement;
      // Right-to-left pages scroll to negative x: only judge the top edge there.
      const rtl = view.getComputedStyle(root).direction === 'rtl';
      page = {
        left: rtl ? -Infinity : -view.scrollX,
        top: -view.scrollY,
        right: rtl ? Infinity : Math.max(root.scrollWidth, root.clientWidth) - view.scrollX,
      };
    }
    return page;
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
      const inlineLevel = s.display.startsWith('inline');
      // Transparent inline runs inside a sentence are junk. Transparent blocks are not judged:
      // "animate on scroll" pages keep whole sections at opacity 0 until they fade them in.
      if (inlineLevel && parseFloat(s.opacity) === 0) return false;
      // Inside a sentence, text hidden from screen readers is decoration or junk; a whole block
      // marked so is not judged (dialog scripts set aria-hidden on the page behind a cookie banner).
      if (inlineLevel && element.getAttribute('aria-hidden') === 'true') return false;
      if (parseFloat(s.fontSize) < MIN_READABLE_FONT_PX) return false;
      // Image replacement's text pushed out of its block (text-indent: -9999px).
      if (!inlineLevel && parseFloat(s.textIndent) <= -OFF_PAGE_INDENT_PX) return false;
      // Screen-reader-only and squashed boxes: clipped to (almost) nothing.
      if (s.overflow === 'hidden' && (parseFloat(s.height) <= 1 || parseFloat(s.width) <= 1)) return false;
      if (isTransparentText(s)) return false;
      if (isClippedAway(s, element)) return false;
      return hasReachableBox(element, s);
    },
  };

  function hasReachableBox(element: Element, s: CSSStyleDeclaration): boolean {
    const rects = element.getClientRects();
    if (rects.length === 0) return true; // judged above; boxes of children may still paint
    const box = element.getBoundingClientRect();
    // Zero-size inline boxes that still hold text: squashed junk. Blocks can be empty-height while
    // their floated or overflowing children show, so only inline boxes are judged this way.
    if (s.display === 'inline' && box.width === 0 && box.height === 0) return false;
    // scale(0) and its kin: transforms shrink the box itself (they do not apply to inline boxes).
    if (s.transform !== 'none' && (box.width < MIN_TRANSFORMED_PX || box.height < MIN_TRANSFORMED_PX)) return false;
    // Off the page (left: -9999px, a huge negative margin or text-indent): no scrolling shows it.
    const area = pageArea();
    if (s.position === 'fixed') {
      if (box.right < 0 || box.bottom < 0 || box.left > view.innerWidth || box.top > view.innerHeight) return false;
    } else if (box.right < area.left || box.bottom < area.top || box.left > area.right) {
      return false;
    }
    return true;
  }
}
