/**
 * Functions evaluated inside test pages (self-contained: they are serialised into the page) and the
 * waiting helpers built on them.
 */
import type { TestPage } from './browsers';

export interface HanCoverage {
  /** Visible Han characters under the selector (text in <rt> and unrendered text excluded). */
  total: number;
  /** Of those, characters inside a <ruby> whose <rt> is not empty. */
  covered: number;
  /** Characters inside more than one ruby (annotated twice). */
  nested: number;
}

export function hanCoverage(selector: string): HanCoverage {
  const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
  const result = { total: 0, covered: 0, nested: 0 };
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('rt, rp, script, style')) continue;
      if (!parent.checkVisibility()) continue;
      const han = (node.nodeValue ?? '').match(HAN)?.length ?? 0;
      result.total += han;
      const ruby = parent.closest('ruby');
      if (ruby && (ruby.querySelector(':scope > rt')?.textContent ?? '').trim() !== '') result.covered += han;
      if (ruby?.parentElement?.closest('ruby')) result.nested += han;
    }
  }
  return result;
}

export function rubyCount(selector: string): number {
  let n = 0;
  for (const root of document.querySelectorAll(selector)) n += root.querySelectorAll('ruby').length;
  return n;
}

/** Every node under body in order, with its text: shows split or merged text nodes, which innerHTML hides. */
export function bodyNodes(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    out.push(node.nodeType === 3 ? `#text ${JSON.stringify(node.nodeValue)}` : (node as Element).outerHTML.match(/^<[^>]*>/)![0]);
  }
  return out;
}

/** The page's body as the server sent it, parsed by the browser's own parser. */
export async function pristineBody(): Promise<{ html: string; nodes: string[] }> {
  const source = await (await fetch(location.href)).text();
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const nodes: string[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node.nodeType === 3 ? `#text ${JSON.stringify(node.nodeValue)}` : (node as Element).outerHTML.match(/^<[^>]*>/)![0]);
  }
  return { html: doc.body.innerHTML, nodes };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Waits until the page's ruby count is non-zero and has not changed for a few polls. */
export async function waitForAnnotationToSettle(page: TestPage, selector = 'body'): Promise<number> {
  await page.waitFor((sel) => document.querySelector(sel)?.querySelector('ruby') !== null, selector, 30000);
  let last = -1;
  for (let stable = 0, i = 0; stable < 3 && i < 100; i++) {
    const n = await page.evaluate(rubyCount, selector);
    stable = n === last ? stable + 1 : 0;
    last = n;
    await sleep(250);
  }
  return last;
}

/** Scrolls through the whole page so lazy annotation reaches every paragraph. */
export async function readThrough(page: TestPage): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await sleep(120);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/** Lets the reader annotate `selector` entirely: the first screen, then every paragraph scrolled to. */
export async function annotateWholePage(page: TestPage, selector = 'body'): Promise<number> {
  await waitForAnnotationToSettle(page, selector);
  await readThrough(page);
  return waitForAnnotationToSettle(page, selector);
}

/**
 * Init script: records in `window.__dudongFirstRuby` when the first ruby appears inside the
 * viewport (ms since navigation start). A string, for addInitScript.
 */
export const WATCH_FIRST_VISIBLE_RUBY = `(() => {
  const check = () => {
    for (const ruby of document.querySelectorAll('ruby')) {
      const r = ruby.getBoundingClientRect();
      if (r.bottom > 0 && r.top < innerHeight && r.width > 0) {
        window.__dudongFirstRuby = performance.now();
        return true;
      }
    }
    return false;
  };
  new MutationObserver((_m, observer) => { if (check()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
})();`;

export function firstVisibleRubyMs(): number | null {
  return (window as unknown as { __dudongFirstRuby?: number }).__dudongFirstRuby ?? null;
}
