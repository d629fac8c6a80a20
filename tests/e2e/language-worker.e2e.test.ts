/**
 * Chromium: the offscreen document that holds the language worker (42 MB) is opened when Dudong is
 * installed (and at a browser start after recent Chinese reading: recent-reading.ts, unit-tested);
 * once closed (as after ten minutes unused: offscreen-idle.ts), an English page does not open it
 * again and a Chinese page does, and gets its ruby.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';
import { hanCoverage } from './page-probes';
import { useExtensionBrowser } from './session';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** chrome.offscreen as the service worker sees it (the polyfill does not type it). Functions run there are sent as source. */
type Offscreen = { hasDocument(): Promise<boolean>; closeDocument(): Promise<void> };

describe.runIf(BROWSERS.includes('chromium'))('the language worker in chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser('chromium', (s, b) => {
    server = s;
    browser = b;
  });

  const hasDocument = () => browser.evaluateInExtension(() => (globalThis as unknown as { chrome: { offscreen: Offscreen } }).chrome.offscreen.hasDocument());

  async function readSeed() {
    const page = await browser.newPage();
    await page.goto(server.url('seed-page.html'));
    await page.waitFor(() => document.querySelectorAll('.content ruby.dudong').length > 50, undefined, 20000);
    const coverage = await page.evaluate(hanCoverage, '.content');
    await page.close();
    return coverage;
  }

  it('is opened when Dudong is installed, so the first article does not wait for it', async () => {
    const deadline = Date.now() + 15000;
    while (!(await hasDocument()) && Date.now() < deadline) await sleep(200);
    expect(await hasDocument()).toBe(true);
  });

  it('once closed, is not opened again by an English page, and is by a Chinese one', async () => {
    await browser.evaluateInExtension(async () => {
      const api = (globalThis as unknown as { chrome: { offscreen: Offscreen } }).chrome.offscreen;
      if (await api.hasDocument()) await api.closeDocument();
    });
    const english = await browser.newPage();
    await english.goto(server.url('english-news.html'));
    await sleep(1500);
    expect(await hasDocument()).toBe(false);
    await english.close();
    const coverage = await readSeed();
    expect(coverage.covered).toBeGreaterThan(0);
    expect(await hasDocument()).toBe(true);
  });

  it('is opened again for the next page after it was closed', async () => {
    await browser.evaluateInExtension(async () => {
      const api = (globalThis as unknown as { chrome: { offscreen: Offscreen } }).chrome.offscreen;
      if (await api.hasDocument()) await api.closeDocument();
    });
    expect(await hasDocument()).toBe(false);
    const coverage = await readSeed();
    expect(coverage.covered).toBeGreaterThan(0);
    expect(await hasDocument()).toBe(true);
    expect(browser.extensionErrors()).toEqual([]);
  });
});
