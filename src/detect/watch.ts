/**
 * The detector's DOM side: classify once and, on a Chinese page only, mark `<html data-dudong>` and
 * hand the verdict to the reader (page-verdict.ts). On any other page nothing is written at all: no
 * attribute, no element, no performance entry, so a site cannot tell Dudong is installed. Pages that
 * had almost no text yet (client-rendered sites fill the body after document_idle) are looked at
 * again as content arrives, for a bounded time.
 */
import { PAGE_KIND_ATTRIBUTE } from '../annotate/markers';
import { classifyPage, type PageKind } from './index';
import { setPageVerdict } from './page-verdict';
import { sampleVisibleText } from './visible-text';

/** Below this many characters of text the page has not rendered yet. */
const EMPTY_PAGE_CHARS = 200;
const RECHECK_INTERVAL_MS = 1000;
const GIVE_UP_AFTER_MS = 15000;

function mark(doc: Document, kind: PageKind): void {
  if (kind === 'off') return;
  setPageVerdict(kind);
  doc.documentElement.setAttribute(PAGE_KIND_ATTRIBUTE, kind);
}

function classifyAndMark(doc: Document): PageKind {
  const start = performance.now();
  const kind = classifyPage(doc);
  mark(doc, kind);
  // A measure on the page's timeline lets benchmarks read the detector's cost without hooks; only
  // where Dudong acts anyway (the page's timeline is the page's to read).
  if (kind !== 'off') {
    try {
      performance.measure('dudong:detect', { start, end: performance.now() });
    } catch {
      // Old engines without measure options: the figure is only for benchmarks.
    }
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
        mark(doc, kind);
        report(kind);
      }
      if (kind === 'article' || performance.now() - startedAt > GIVE_UP_AFTER_MS) observer.disconnect();
    }, RECHECK_INTERVAL_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), GIVE_UP_AFTER_MS);
}
