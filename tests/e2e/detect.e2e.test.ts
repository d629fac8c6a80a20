/**
 * The detector in both browsers with the installed extension: every Chinese fixture page ends with
 * the expected `<html data-dudong>` verdict and no page errors; on other pages Dudong leaves no trace
 * a site could see; and a page writing the marker itself switches nothing.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';
import { useExtensionBrowser } from './session';
import { pristineBody } from './page-probes';

/** `null`: no attribute at all (Dudong writes nothing on pages it does not act on). */
const EXPECTED: Array<[string, null | 'chinese' | 'article']> = [
  ['seed-page.html', 'article'],
  ['chinese-csp-article.html', 'article'],
  ['traditional-article.html', 'article'],
  ['anti-copy-article.html', 'article'],
  ['appending-article.html', 'article'],
  ['chinese-portal.html', 'chinese'],
  // Empty at document_idle; the detector looks again when the story is rendered.
  ['client-rendered-article.html', 'article'],
  ['english-news.html', null],
  ['japanese-news.html', null],
];

/**
 * Init script: records what a page could notice of an extension from inside — messages posted to
 * the window, mutations of the document (attributes, elements), performance entries, globals.
 */
const WATCH_FOR_TRACES = `(() => {
  const seen = (window.__traces = { messages: [], mutations: [] });
  window.addEventListener('message', (event) => seen.messages.push(JSON.stringify(event.data)));
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) seen.mutations.push(r.type + ' ' + (r.attributeName || r.target.nodeName));
    }).observe(document, { attributes: true, childList: true, subtree: true, characterData: true });
  });
})();`;

interface Traces {
  messages: string[];
  mutations: string[];
  entries: string[];
  globals: string[];
}

function readTraces(): Traces {
  const seen = (window as unknown as { __traces: { messages: string[]; mutations: string[] } }).__traces;
  return {
    ...seen,
    entries: performance.getEntries().filter((e) => /dudong/i.test(e.name)).map((e) => e.name),
    globals: Object.getOwnPropertyNames(window).filter((name) => /dudong|wxt/i.test(name)),
  };
}

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
      // The verdict may be upgraded once (nothing → article on client-rendered pages); wait for it.
      if (kind) await page.waitFor((k) => document.documentElement.getAttribute('data-dudong') === k, kind, 8000).catch(() => {});
      else await new Promise((ok) => setTimeout(ok, 1500));
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-dudong'))).toBe(kind);
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(['english-news.html', 'japanese-news.html'])('leaves no trace a site could see on %s', async (fixture) => {
    const page = await browser.newPage();
    try {
      await page.addInitScript(WATCH_FOR_TRACES);
      await page.goto(server.url(fixture));
      const pristine = await page.evaluate(pristineBody);
      // Long enough for a reader, were one injected, to annotate or add its styles.
      await new Promise((ok) => setTimeout(ok, 1500));
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(pristine.html);
      expect(await page.evaluate(() => document.head.querySelectorAll('style').length)).toBe(
        fixture === 'english-news.html' ? 1 : 0,
      );
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-dudong'))).toBe(false);
      expect(await page.evaluate(readTraces)).toEqual({ messages: [], mutations: [], entries: [], globals: [] });
    } finally {
      await page.close();
    }
  });

  it('takes no orders from a page that writes data-dudong itself', async () => {
    const page = await browser.newPage();
    try {
      // The page says "off", then turns our "article" into "chinese" (hover only) as soon as it appears.
      await page.goto(server.url('marker-flipping-article.html'));
      await page.waitFor(() => document.querySelectorAll('#content ruby.dudong').length > 50, undefined, 20000);
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
    // And an English page claiming to be a Chinese article gets no reader.
    const english = await browser.newPage();
    try {
      await english.addInitScript(`document.documentElement.setAttribute('data-dudong', 'article');`);
      await english.goto(server.url('english-news.html'));
      await new Promise((ok) => setTimeout(ok, 1500));
      expect(await english.evaluate(() => document.querySelectorAll('ruby.dudong').length)).toBe(0);
      expect(await english.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    } finally {
      await english.close();
    }
  });
});
