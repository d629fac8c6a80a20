/**
 * The toolbar popup when the article could not be annotated: the background cannot read its packaged
 * files (jieba, the dictionary…), every analysis fails through all its retries, and the popup says
 * "Couldn't annotate" with a Retry button instead of looking active; once the files can be read
 * again, Retry annotates the whole article and the popup's trouble is gone.
 */
import { describe, expect, it } from 'vitest';
import en from '../../assets/public/_locales/en/messages.json';
import { BROWSERS, type ExtensionBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';
import { annotateWholePage, hanCoverage } from './page-probes';
import { useExtensionBrowser } from './session';

interface StatusApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: object, options: object): Promise<unknown>;
  };
}

/**
 * Runs in the extension: makes the background's `fetch` fail (`broken`) or work again. Chromium's
 * worker is where this runs; in Firefox it runs in an extension page, which reaches the background page.
 */
function breakBackgroundFetch(broken: boolean): boolean {
  type Scope = { fetch: typeof fetch; dudongRealFetch?: typeof fetch };
  const here = globalThis as unknown as Scope & { browser?: { extension?: { getBackgroundPage?(): unknown } } };
  const background = (here.browser?.extension?.getBackgroundPage?.() ?? globalThis) as Scope;
  background.dudongRealFetch ??= background.fetch;
  background.fetch = broken ? () => Promise.reject(new TypeError('e2e: packaged files cannot be read')) : background.dudongRealFetch;
  return true;
}

/** Runs in the extension: what the seed page's reader tells the popup. */
async function seedPageStatus(): Promise<unknown> {
  const scope = globalThis as unknown as { browser?: StatusApi; chrome: StatusApi };
  const api = scope.browser ?? scope.chrome;
  const [tab] = await api.tabs.query({ url: '*://127.0.0.1/*seed-page.html' });
  return api.tabs.sendMessage(tab!.id!, { type: 'reader-status' }, { frameId: 0 }).catch(() => null);
}

describe.each(BROWSERS)("the popup's Couldn't annotate — Retry in %s", (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it('says the page could not be annotated, and Retry annotates the article', async () => {
    // Firefox opens an extension page to reach the extension the first time: do that before the page loads.
    await browser.evaluateInExtension(() => true);
    // Before any page asks: the background has not loaded its tools yet, so every load fails.
    expect(await browser.evaluateInExtension(breakBackgroundFetch, true)).toBe(true);
    const page = await browser.newPage();
    const url = server.url('seed-page.html');
    await page.goto(url);
    await page.waitFor(() => document.documentElement.getAttribute('data-dudong') === 'article', undefined, 15000);
    // The reader retries with back-off (about 14 s), then gives up.
    let status: unknown = null;
    for (let i = 0; i < 300; i++) {
      status = await browser.evaluateInExtension(seedPageStatus);
      if ((status as { trouble?: string } | null)?.trouble === 'failed') break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    expect(status).toMatchObject({ kind: 'article', active: true, trouble: 'failed' });
    expect(await page.evaluate(() => document.querySelectorAll('ruby.dudong').length)).toBe(0);

    const popup = await browser.openPopup(url);
    const shown = await popup.evaluate(() => ({
      trouble: !document.getElementById('trouble')!.hidden,
      text: document.getElementById('trouble-text')!.textContent,
      retry: !document.getElementById('trouble-retry')!.hidden ? document.getElementById('trouble-retry')!.textContent : null,
    }));
    expect(shown).toEqual({ trouble: true, text: en.popupTroubleFailed.message, retry: en.popupRetry.message });

    // The files can be read again; the reader only tries again when asked.
    await browser.evaluateInExtension(breakBackgroundFetch, false);
    await popup.evaluate(() => document.getElementById('trouble-retry')!.click());
    await page.waitFor(() => document.querySelectorAll('ruby.dudong').length > 100, undefined, 30000);
    await popup.waitFor(() => document.getElementById('trouble')!.hidden, undefined, 15000);
    await annotateWholePage(page, '.content');
    const coverage = await page.evaluate(hanCoverage, '.content');
    expect(coverage.total).toBeGreaterThan(1000);
    expect(coverage.covered / coverage.total).toBeGreaterThanOrEqual(0.95);
    expect(await browser.evaluateInExtension(seedPageStatus)).not.toHaveProperty('trouble');
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
