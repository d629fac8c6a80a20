/**
 * The detector's verdict, handed to the reader inside the extension's own script world (content
 * scripts of one extension share it; the page cannot read or write it). The reader takes its kind
 * from here, never from `<html data-dudong>`, which the page can write as it likes.
 */
export type PageVerdict = 'chinese' | 'article';

/** Where the verdict is kept in the extension's script world (the popup looks for it in each frame). */
export const PAGE_VERDICT_KEY = '__dudongPageVerdict';

export function setPageVerdict(kind: PageVerdict): void {
  Object.defineProperty(globalThis, PAGE_VERDICT_KEY, { value: kind, writable: true, configurable: true, enumerable: false });
}

export function pageVerdict(): PageVerdict | null {
  const kind = (globalThis as Record<string, unknown>)[PAGE_VERDICT_KEY];
  return kind === 'chinese' || kind === 'article' ? kind : null;
}
