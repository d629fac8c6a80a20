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
  let done = false;
  const lookAgain = (): void => {
    if (done) return;
    const next = classifyPage(doc);
    if (order[next] > order[kind]) {
      kind = next;
      mark(doc, kind);
      report(kind);
    }
    if (kind === 'article' || performance.now() - startedAt > GIVE_UP_AFTER_MS) stop();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      lookAgain();
    }, RECHECK_INTERVAL_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  // A web component may draw the story into a shadow root that the page's own script attaches after
  // document_end (on DOMContentLoaded, which in Firefox fires after content scripts ran; on load; on a
  // timer). Filling a shadow tree is no mutation of the light DOM the observer watches, so a short
  // page is also looked at without one, at 1, 3, 7 and 15 s: four cheap looks (a short page has
  // little to sample), then nothing.
  let poll: ReturnType<typeof setTimeout> | undefined;
  const pollAfter = (delay: number): void => {
    if (done) return;
    poll = setTimeout(() => {
      lookAgain();
      pollAfter(delay * 2);
    }, delay);
  };
  pollAfter(RECHECK_INTERVAL_MS);
  // The commonest such moments are the page's own DOMContentLoaded and load handlers: a look just
  // after each gives the verdict at once rather than at the next poll.
  const afterHandlers = (): void => void setTimeout(lookAgain, 0);
  doc.addEventListener('DOMContentLoaded', afterHandlers, { once: true });
  doc.defaultView?.addEventListener('load', afterHandlers, { once: true });

  function stop(): void {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(poll);
    doc.removeEventListener('DOMContentLoaded', afterHandlers);
    doc.defaultView?.removeEventListener('load', afterHandlers);
  }
  // The last poll is due at GIVE_UP_AFTER_MS; everything stops just after it.
  setTimeout(stop, GIVE_UP_AFTER_MS + RECHECK_INTERVAL_MS);
}
