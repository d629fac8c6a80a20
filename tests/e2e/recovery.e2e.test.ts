/**
 * The background dies while the reader waits for its article's analysis (Chrome stops idle service
 * workers; a Firefox background page can be reloaded): the reader retries once the background is
 * back, and the whole article still ends up annotated, with no error in the page.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser } from './browsers';
import { messageTab } from './tab-messages';
import type { FixtureServer } from './fixture-server';
import { annotateWholePage, hanCoverage } from './page-probes';
import { useExtensionBrowser } from './session';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe.each(BROWSERS)('a background killed mid-article in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it('still ends with the whole article annotated', async () => {
    // Firefox opens an extension page to reach the extension the first time: do that before, not while, the page loads.
    await browser.evaluateInExtension(() => true);
    const page = await browser.newPage();
    await page.goto(server.url('seed-page.html'));
    // The detector has classified the page: the reader is being injected and its analysis is on its
    // way to a background still loading jieba and the dictionary. Kill the background then, and
    // again while the reader retries.
    await page.waitFor(() => document.documentElement.getAttribute('data-dudong') === 'article', undefined, 15000);
    let stopped = 0;
    for (let i = 0; i < 3; i++) {
      if (await browser.stopBackground!()) stopped++;
      await sleep(200);
    }
    expect(stopped).toBeGreaterThan(0);
    await annotateWholePage(page, '.content');
    const coverage = await page.evaluate(hanCoverage, '.content');
    expect(coverage.total).toBeGreaterThan(1000);
    expect(coverage.covered / coverage.total).toBeGreaterThanOrEqual(0.95);
    expect(coverage.nested).toBe(0);
    // The popup's view of the page: active, no trouble left.
    const status = await messageTab(browser, 'seed-page.html', { type: 'reader-status' });
    expect(status).toMatchObject({ kind: 'article', active: true });
    expect(status).not.toHaveProperty('trouble');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
