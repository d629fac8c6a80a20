/**
 * The toolbar popup when the article could not be annotated: the background cannot reach its language
 * worker (jieba, the dictionary…), every analysis fails through all its retries, and the popup says
 * "Couldn't annotate" with a Retry button instead of looking active; once the files can be read
 * again, Retry annotates the whole article and the popup's trouble is gone.
 */
import { describe, expect, it } from 'vitest';
import en from '../../assets/public/_locales/en/messages.json';
import { BROWSERS, type ExtensionBrowser } from './browsers';
import { messageTab } from './tab-messages';
import type { FixtureServer } from './fixture-server';
import { annotateWholePage, bodyNodes, hanCoverage, pristineBody } from './page-probes';
import { useExtensionBrowser } from './session';

/**
 * Runs in the extension: makes the background unable to reach its language worker (`broken`), or
 * able again, so every analysis fails as when jieba or the dictionary cannot be loaded. The worker
 * loads its files itself, out of reach of this script: what breaks is the background's way to it —
 * Chromium's service worker finds the offscreen document holding the worker through `clients`,
 * Firefox's background page posts to the worker it started (reached from an extension page).
 */
function breakLanguageWorker(broken: boolean): boolean {
  type Clients = { matchAll(options: object): Promise<unknown[]> };
  type Scope = { clients?: Clients; Worker?: { prototype: { postMessage(message: unknown): void } }; dudongReal?: unknown };
  const here = globalThis as unknown as Scope & { browser?: { extension?: { getBackgroundPage?(): unknown } } };
  const firefoxPage = here.browser?.extension?.getBackgroundPage?.() as Scope | null | undefined;
  if (firefoxPage?.Worker) {
    const proto = firefoxPage.Worker.prototype;
    firefoxPage.dudongReal ??= proto.postMessage;
    proto.postMessage = broken ? () => { throw new TypeError('e2e: the language worker cannot be reached'); } : (firefoxPage.dudongReal as typeof proto.postMessage);
    return true;
  }
  const clients = here.clients!;
  here.dudongReal ??= clients.matchAll.bind(clients);
  clients.matchAll = broken ? () => Promise.reject(new TypeError('e2e: the language worker cannot be reached')) : (here.dudongReal as Clients['matchAll']);
  return true;
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
    // Before any page asks: every analysis fails.
    expect(await browser.evaluateInExtension(breakLanguageWorker, true)).toBe(true);
    const page = await browser.newPage();
    const url = server.url('seed-page.html');
    await page.goto(url);
    await page.waitFor(() => document.documentElement.getAttribute('data-dudong') === 'article', undefined, 15000);
    // The reader retries with back-off (about 14 s), then gives up.
    let status: unknown = null;
    for (let i = 0; i < 300; i++) {
      status = await messageTab(browser, 'seed-page.html', { type: 'reader-status' });
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

    // The worker can be reached again; the reader only tries again when asked.
    await browser.evaluateInExtension(breakLanguageWorker, false);
    await popup.evaluate(() => document.getElementById('trouble-retry')!.click());
    await page.waitFor(() => document.querySelectorAll('ruby.dudong').length > 100, undefined, 30000);
    await popup.waitFor(() => document.getElementById('trouble')!.hidden, undefined, 15000);
    // Under a heavy load (CI's 2 cores shared) the reader can pause longer than the settle check
    // waits between paragraphs: read through again, a few rounds at most, before judging coverage.
    let coverage = { covered: 0, total: 0, nested: 0 };
    for (let round = 0; round < 4 && !(coverage.total > 0 && coverage.covered / coverage.total >= 0.95); round++) {
      await annotateWholePage(page, '.content');
      coverage = await page.evaluate(hanCoverage, '.content');
    }
    expect(coverage.total).toBeGreaterThan(1000);
    expect(coverage.covered / coverage.total).toBeGreaterThanOrEqual(0.95);
    expect(await messageTab(browser, 'seed-page.html', { type: 'reader-status' })).not.toHaveProperty('trouble');
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe.each(BROWSERS)("the popup's Show pinyin on a Chinese page with no article in %s", (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it('annotates the whole page when asked, hides nothing, and takes the pinyin off again exactly', async () => {
    await browser.evaluateInExtension(() => true);
    const page = await browser.newPage();
    const url = server.url('chinese-portal.html');
    await page.goto(url);
    await page.waitFor(() => document.documentElement.getAttribute('data-dudong') === 'chinese', undefined, 15000);
    const pristine = await page.evaluate(pristineBody);
    // Hover lookups only: nothing written.
    expect(await page.evaluate(() => document.querySelectorAll('ruby').length)).toBe(0);

    const popup = await browser.openPopup(url);
    await popup.waitFor(() => document.documentElement.dataset.ready === 'true' && !document.getElementById('read-page')!.hidden, undefined, 15000);
    expect(await popup.evaluate(() => [document.getElementById('read-page')!.textContent, document.getElementById('page-note')!.textContent])).toEqual([
      en.popupReadPage.message,
      en.popupNotArticle.message,
    ]);

    await popup.evaluate(() => document.getElementById('read-page')!.click());
    await annotateWholePage(page);
    // Headlines in links, teasers, the rolling list: the page's Chinese, all of it.
    const coverage = await page.evaluate(hanCoverage, 'body');
    expect(coverage.total).toBeGreaterThan(300);
    expect(coverage.covered / coverage.total).toBeGreaterThanOrEqual(0.9);
    expect(coverage.nested).toBe(0);
    // Spam is judged on articles only.
    expect(await page.evaluate(() => document.querySelectorAll('[data-dudong-spam], [data-dudong-suspect]').length)).toBe(0);
    await popup.waitFor((undo) => document.getElementById('read-page')!.textContent === undo && document.getElementById('page-note')!.textContent === '', en.popupReadPageUndo.message, 15000);
    expect(await messageTab(browser, 'chinese-portal.html', { type: 'reader-status' })).toMatchObject({ kind: 'chinese', onRequest: true, active: true });

    await popup.evaluate(() => document.getElementById('read-page')!.click());
    await page.waitFor(() => document.querySelectorAll('ruby').length === 0, undefined, 15000);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(pristine.html);
    expect(await page.evaluate(bodyNodes)).toEqual(pristine.nodes);
    await popup.waitFor((show) => document.getElementById('read-page')!.textContent === show, en.popupReadPage.message, 15000);
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
