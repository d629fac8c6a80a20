/**
 * Dudong makes no network request of its own: reading and hovering the seed page fetches nothing
 * but the page's own origin and the extension's own files (its wasm, dictionary and model).
 * Chromium reports requests from pages and the extension's service worker in one place.
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';
import { useExtensionBrowser } from './session';
import { readThrough, waitForAnnotationToSettle } from './page-probes';

describe('offline in chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser('chromium', (s, b) => {
    server = s;
    browser = b;
  });

  it('requests only the page’s origin and the extension’s own files', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seed-page.html'));
    await waitForAnnotationToSettle(page, '.content');
    await readThrough(page);
    const at = await page.evaluate(() => {
      const ruby = document.querySelector('ruby.dudong[data-dudong-word="信访"]')!;
      ruby.scrollIntoView({ block: 'center' });
      const rect = ruby.getBoundingClientRect();
      return { x: rect.left + 2, y: rect.bottom - 2 };
    });
    await page.mouseMove(at.x, at.y); // real input: Dudong ignores synthetic events
    await page.waitFor(() => document.querySelector('dudong-tooltip') !== null);
    const urls = browser.requestedUrls!();
    // The check must have seen the extension at work, or it proves nothing.
    expect(urls.some((u) => u.startsWith('chrome-extension://') && u.endsWith('.wasm.gz'))).toBe(true);
    const foreign = urls.filter((u) => !u.startsWith(server.origin) && !u.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
    await page.close();
  });
});
