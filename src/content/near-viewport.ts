/**
 * Reports page elements as they come within reach of the viewport: on screen, half a screen above it
 * or a screen below it (where the reader is about to scroll). Each element is reported once, in
 * batches, nearest first, so what is on screen is written before what is just ahead.
 */
export interface NearViewport {
  /** Starts watching; an element already near is reported with the next batch. */
  observe(elements: Iterable<Element>): void;
  stop(): void;
}

/** Top, right, bottom, left, in viewport heights: half a screen behind the reader, a screen ahead. */
export const NEAR_MARGIN = '50% 0px 100% 0px';

/** How far outside the viewport a box lies (0 when it is on screen). */
function distanceFromViewport(box: DOMRectReadOnly, viewportHeight: number): number {
  if (box.bottom < 0) return -box.bottom;
  if (box.top > viewportHeight) return box.top - viewportHeight;
  return 0;
}

/** An element that came near, and how far outside the viewport it is (0: on screen), in CSS px. */
export interface NearElement {
  element: Element;
  distance: number;
}

/**
 * `onNear(elements)` gets every batch, including an empty one after the first look at what was
 * observed (so a caller knows that nothing it asked about is near yet).
 */
export function watchNearViewport(onNear: (elements: NearElement[]) => void, view: Window = window): NearViewport {
  const observer = new IntersectionObserver(
    (entries) => {
      const height = view.innerHeight;
      const near = entries
        .filter((entry) => entry.isIntersecting)
        .map((entry) => ({ element: entry.target, distance: distanceFromViewport(entry.boundingClientRect, height) }))
        .sort((a, b) => a.distance - b.distance);
      for (const { element } of near) observer.unobserve(element);
      onNear(near);
    },
    { rootMargin: NEAR_MARGIN },
  );
  return {
    observe(elements) {
      for (const element of elements) observer.observe(element);
    },
    stop: () => observer.disconnect(),
  };
}
