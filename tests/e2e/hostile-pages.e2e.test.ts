/**
 * Pages that make a reader's life hard, with the installed extension, in Chromium and Firefox
 * (tests/fixtures/hostile/, all written for these tests). Each test asserts what a user would expect
 * on that page. Every page reports no error of its own, and the extension none of its own.
 *
 * Probes run in an isolated world of the page (TestPage.evaluateIsolated).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from './browsers';
import type { FixtureServer } from './fixture-server';
import { useExtensionBrowser } from './session';
import { coverageOf, type Coverage } from './world-probes';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe.each(BROWSERS)('hostile pages in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  afterAll(() => {
    expect(browser.extensionErrors()).toEqual([]);
  });

  /** Polls `probe` in the page (or frame) until `done` says so; returns the last answer. */
  async function until<R>(page: TestPage, probe: () => Promise<R>, done: (value: R) => boolean, timeoutMs = 20000): Promise<R> {
    const deadline = Date.now() + timeoutMs;
    let value = await probe();
    while (!done(value) && Date.now() < deadline) {
      await sleep(200);
      value = await probe();
    }
    return value;
  }

  const coverage = (page: TestPage, selector: string | { selector: string; skip: string }, frame?: string) => page.evaluateIsolated(coverageOf, selector, frame);
  const covered = (c: Coverage) => c.total > 0 && c.covered / c.total >= 0.95;

  /** Waits until ≥95% of the visible Han under `selector` has ruby (and expects it); returns the coverage. */
  async function annotated(page: TestPage, selector: string | { selector: string; skip: string }, frame?: string): Promise<Coverage> {
    const found = await until(page, () => coverage(page, selector, frame), covered);
    expect(found.covered / found.total, JSON.stringify({ selector, found })).toBeGreaterThanOrEqual(0.95);
    expect(found.nested).toBe(0);
    return found;
  }

  /**
   * How many analyze requests the tab's readers send to the background during `ms`: a listener of the
   * extension's own (every extension context hears a content script's runtime.sendMessage) counts them.
   * Each request is a paragraph read again, segmented and sent back: the work a page can make Dudong do.
   */
  async function analyzeRequestsDuring(ms: number): Promise<number> {
    return browser.evaluateInExtension(async (windowMs: number) => {
      const g = globalThis as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const api = g.browser ?? g.chrome;
      let count = 0;
      const listener = (message: { type?: string }) => {
        if (message?.type === 'analyze') count++;
        return undefined; // not an answer: the background answers
      };
      api.runtime.onMessage.addListener(listener);
      await new Promise((ok) => setTimeout(ok, windowMs));
      api.runtime.onMessage.removeListener(listener);
      return count;
    }, ms);
  }

  async function close(page: TestPage) {
    expect(page.errors).toEqual([]);
    await page.close();
  }

  it('a ticker rewriting a paragraph every 50 ms is left alone; the rest of the article is read', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('hostile/ticker-article.html'));
    await annotated(page, '#story p:not(#ticker)');
    await sleep(3000);
    // 60 more rewrites of the ticker in these 3 s: none of them is read again.
    expect(await analyzeRequestsDuring(3000)).toBe(0);
    const ticker = [];
    for (let i = 0; i < 5; i++) {
      ticker.push(await page.evaluateIsolated(() => document.querySelectorAll('#ticker ruby').length));
      await sleep(100);
    }
    expect(ticker).toEqual([0, 0, 0, 0, 0]);
    // The ticker keeps running, but Dudong does not fight it: the popup reports no fight.
    const status = await readerStatus(page, server.url('hostile/ticker-article.html'));
    expect(status).toMatchObject({ kind: 'article', active: true });
    expect(status?.fought).toBeUndefined();
    expect((await coverage(page, '#story p:not(#ticker)')).covered).toBeGreaterThan(150);
    await close(page);
  });

  it('a page that restores its markup whenever a ruby appears is left alone after a few rounds, and the popup says so', async () => {
    const url = server.url('hostile/fighting-page.html');
    const page = await browser.newPage();
    await page.goto(url);
    // Rounds happen as Dudong writes and the page undoes it; then they stop.
    await until(page, () => page.evaluateIsolated(() => Number(document.documentElement.getAttribute('data-restores') ?? 0)), (n) => n >= 1);
    await sleep(4000);
    const settled = await page.evaluateIsolated(() => Number(document.documentElement.getAttribute('data-restores')));
    await sleep(3000);
    const later = await page.evaluateIsolated(() => Number(document.documentElement.getAttribute('data-restores')));
    expect(settled).toBeLessThanOrEqual(6);
    expect(later).toBe(settled);
    expect(await analyzeRequestsDuring(2000)).toBe(0);
    expect((await coverage(page, '#story')).rubies).toBe(0);
    expect((await readerStatus(page, url))?.fought).toBeGreaterThanOrEqual(1);
    await close(page);
  });

  /** The reader status of the tab's top frame, as the popup asks for it. */
  async function readerStatus(page: TestPage, url: string): Promise<{ kind: string; active: boolean; fought?: number } | null> {
    void page;
    return browser.evaluateInExtension(async (pageUrl: string) => {
      const g = globalThis as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const api = g.browser ?? g.chrome;
      const [tab] = (await api.tabs.query({})).filter((t: { url?: string }) => t.url === pageUrl);
      return api.tabs.sendMessage(tab.id, { type: 'reader-status' }, { frameId: 0 }).catch(() => null);
    }, url);
  }
});
