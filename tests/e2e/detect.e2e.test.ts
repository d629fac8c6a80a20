/**
 * The detector in both browsers with the installed extension: every fixture page ends with the
 * expected `<html data-dudong>` verdict and no page errors.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';
import { useExtensionBrowser } from './session';
import { pristineBody } from './page-probes';

const EXPECTED: Array<[string, 'off' | 'chinese' | 'article']> = [
  ['seed-page.html', 'article'],
  ['chinese-csp-article.html', 'article'],
  ['traditional-article.html', 'article'],
  ['anti-copy-article.html', 'article'],
  ['appending-article.html', 'article'],
  ['chinese-portal.html', 'chinese'],
  // Empty at document_idle; the detector looks again when the story is rendered.
  ['client-rendered-article.html', 'article'],
  ['english-news.html', 'off'],
  ['japanese-news.html', 'off'],
];

describe.each(BROWSERS)('detection in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it.each(EXPECTED)('%s → data-dudong=%s', async (fixture, kind) => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url(fixture));
      // The verdict may be upgraded once (off → article on client-rendered pages); wait for it.
      await page.waitFor((k) => document.documentElement.getAttribute('data-dudong') === k, kind, 8000).catch(() => {});
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-dudong'))).toBe(kind);
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(['english-news.html', 'japanese-news.html'])('does nothing else on %s', async (fixture) => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url(fixture));
      await page.waitFor(() => document.documentElement.getAttribute('data-dudong') === 'off');
      const pristine = await page.evaluate(pristineBody);
      // Long enough for a reader, were one injected, to annotate or add its styles.
      await new Promise((ok) => setTimeout(ok, 1500));
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(pristine.html);
      expect(await page.evaluate(() => document.head.querySelectorAll('style').length)).toBe(
        fixture === 'english-news.html' ? 1 : 0,
      );
    } finally {
      await page.close();
    }
  });
});
