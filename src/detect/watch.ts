/**
 * The detector's DOM side: classify once, mark `<html data-dudong>`, and for pages that had almost
 * no text yet (client-rendered sites fill the body after document_idle) look again as content
 * arrives, for a bounded time.
 */
import { classifyPage, type PageKind } from './index';
import { sampleVisibleText } from './visible-text';

export const DUDONG_ATTRIBUTE = 'data-dudong';
/** Below this many characters of text the page has not rendered yet. */
const EMPTY_PAGE_CHARS = 200;
const RECHECK_INTERVAL_MS = 1000;
const GIVE_UP_AFTER_MS = 15000;

function classifyAndMark(doc: Document): PageKind {
  const start = performance.now();
  const kind = classifyPage(doc);
  doc.documentElement.setAttribute(DUDONG_ATTRIBUTE, kind);
  // A measure on the page's timeline lets benchmarks read the detector's cost without hooks.
  try {
    performance.measure('dudong:detect', { start, end: performance.now() });
  } catch {
    // Old engines without measure options: the figure is only for benchmarks.
  }
  return kind;
}

/**
 * Calls `report` with the first verdict and again whenever a later look upgrades it
 * (off → chinese → article).
 */
export function watchUntilClassified(doc: Document, report: (kind: PageKind) => void): void {
  const order: Record<PageKind, number> = { off: 0, chinese: 1, article: 2 };
  let kind = classifyAndMark(doc);
  report(kind);
  if (kind === 'article' || sampleVisibleText(doc, EMPTY_PAGE_CHARS).length >= EMPTY_PAGE_CHARS) return;

  const startedAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      const next = classifyPage(doc);
      if (order[next] > order[kind]) {
        kind = next;
        doc.documentElement.setAttribute(DUDONG_ATTRIBUTE, kind);
        report(kind);
      }
      if (kind === 'article' || performance.now() - startedAt > GIVE_UP_AFTER_MS) observer.disconnect();
    }, RECHECK_INTERVAL_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), GIVE_UP_AFTER_MS);
}
