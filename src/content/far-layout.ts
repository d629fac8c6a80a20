/**
 * Lets the browser skip style, layout and paint of annotated blocks far from the viewport
 * (`content-visibility: auto`, in page-styles.ts, on blocks carrying ANNOTATED_BLOCK_ATTRIBUTE). Ruby is
 * costly to lay out; without this, every later change to a long page lays out every annotated
 * paragraph again.
 *
 * The page must not move under the reader: a skipped block keeps the size it last had on screen
 * (`contain-intrinsic-size: auto …`), and blocks are only marked once they have been laid out, as
 * they are written near the viewport. Containment also makes a block its own formatting context,
 * which would stop its text flowing around a float: an article with floats is left as it is.
 */
import { ANNOTATED_BLOCK_ATTRIBUTE } from '../annotate/markers';

export interface FarLayout {
  /** Marks a block Dudong has just annotated. */
  mark(block: Element): void;
  /** Removes every mark (the page goes back to what it was). */
  clear(): void;
}

/** Whether any element in `root`, or beside it, floats (its text would stop wrapping around it). */
function hasFloats(root: Element): boolean {
  const view = root.ownerDocument.defaultView;
  if (!view) return true;
  const floats = (element: Element) => view.getComputedStyle(element).float !== 'none';
  for (let sibling = root.previousElementSibling; sibling; sibling = sibling.previousElementSibling) if (floats(sibling)) return true;
  for (const element of root.querySelectorAll('*')) if (floats(element)) return true;
  return false;
}

export function createFarLayout(root: Element | null): FarLayout {
  const marked = new Set<Element>();
  const enabled = root !== null && !hasFloats(root);
  return {
    mark(block) {
      if (!enabled || marked.has(block) || !root?.contains(block)) return;
      marked.add(block);
      block.setAttribute(ANNOTATED_BLOCK_ATTRIBUTE, '');
    },
    clear() {
      for (const block of marked) block.removeAttribute(ANNOTATED_BLOCK_ATTRIBUTE);
      marked.clear();
    },
  };
}
