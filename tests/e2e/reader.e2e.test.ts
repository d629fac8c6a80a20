/**
 * The reading path with the installed extension, in both browsers: pinyin ruby over the story and
 * nowhere else, hidden junk left alone, words split by inline tags, late paragraphs, and switching
 * Dudong off for the site restoring the page exactly.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from './browsers';
import type { FixtureServer } from './fixture-server';
import { useExtensionBrowser } from './session';
import { annotateWholePage, bodyNodes, hanCoverage, pristineBody, readThrough, waitForAnnotationToSettle } from './page-probes';

/** Where each article fixture keeps its story and its site chrome (nav, breadcrumbs, sidebars, footer). */
const ARTICLES = [
  { fixture: 'seed-page.html', story: '.content', chrome: '.top, .crumb, .runtime, .foot' },
  { fixture: 'chinese-csp-article.html', story: '#article', chrome: '.topbar, .crumb, .share, .side, .foot' },
  { fixture: 'traditional-article.html', story: '.story-body', chrome: '.site-header, .breadcrumb, .sidebar, .site-footer' },
];

const DISABLED_SITES_KEY = 'reader.disabledSites';

/** `chrome.storage.sync` (settings) as seen from the extension's worker or pages (both browsers provide `chrome`). */
interface ExtensionGlobal {
  chrome: { storage: { sync: { set(items: object): Promise<void>; remove(key: string): Promise<void> } } };
}

describe.each(BROWSERS)('reader in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: TestPage;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });
  const open = async (fixture: string) => {
    page = await browser.newPage();
    await page.goto(server.url(fixture));
    return page;
  };
  const closePage = async () => {
    expect(page.errors).toEqual([]);
    await page.close();
  };

  it.each(ARTICLES)('puts pinyin over ≥95% of the story on $fixture', async ({ fixture, story }) => {
    await open(fixture);
    await annotateWholePage(page, story);
    const coverage = await page.evaluate(hanCoverage, story);
    expect(coverage.total).toBeGreaterThan(100);
    expect(coverage.covered / coverage.total).toBeGreaterThanOrEqual(0.95);
    expect(coverage.nested).toBe(0);
    await closePage();
  });

  it('never annotates text the page hides (anti-copy junk)', async () => {
    await open('anti-copy-article.html');
    const before = await page.evaluate(() =>
      [...document.querySelectorAll('#content [hidden], #content [style*="none"]')].map((el) => el.outerHTML),
    );
    expect(before.length).toBe(4);
    await waitForAnnotationToSettle(page, '#content');
    const after = await page.evaluate(() =>
      [...document.querySelectorAll('#content [hidden], #content [style*="none"]')].map((el) => el.outerHTML),
    );
    expect(after).toEqual(before);
    const coverage = await page.evaluate(hanCoverage, '#content');
    expect(coverage.covered / coverage.total).toBeGreaterThanOrEqual(0.95);
    await closePage();
  });

  it('reads a word split by an inline tag (<b>信</b>访) as one word', async () => {
    await open('anti-copy-article.html');
    await waitForAnnotationToSettle(page, '#content');
    const split = await page.evaluate(() => {
      const bold = [...document.querySelectorAll('#content b')].find((b) => b.textContent?.startsWith('信'));
      const first = bold?.querySelector('ruby') ?? bold?.closest('ruby');
      const rubies = [...document.querySelectorAll('#content ruby')];
      const next = first ? rubies[rubies.indexOf(first) + 1] : undefined;
      const reading = (r: Element | null | undefined) => r?.querySelector('rt')?.textContent ?? '';
      return {
        word: first?.getAttribute('data-dudong-word') ?? '',
        firstReading: reading(first),
        nextText: next?.firstChild?.textContent ?? '',
        nextReading: reading(next),
        sameWord: !!first && first.getAttribute('data-dudong-wid') === next?.getAttribute('data-dudong-wid'),
      };
    });
    expect(split.word.startsWith('信访')).toBe(true);
    expect(split.firstReading).toBe('xìn');
    expect(split.nextText.startsWith('访')).toBe(true);
    expect(split.nextReading.startsWith('fǎng')).toBe(true);
    expect(split.sameWord).toBe(true);
    await closePage();
  });

  it('annotates paragraphs added after load, and infinite-scroll additions, exactly once', async () => {
    await open('appending-article.html');
    await page.waitFor(() => document.querySelectorAll('.late').length === 3);
    await waitForAnnotationToSettle(page, '.late');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitFor(() => document.querySelectorAll('.scrolled').length === 2);
    await waitForAnnotationToSettle(page, '.scrolled');
    for (const selector of ['#content', '.late', '.scrolled']) {
      const coverage = await page.evaluate(hanCoverage, selector);
      expect(coverage.covered / coverage.total, selector).toBeGreaterThanOrEqual(0.95);
      expect(coverage.nested, selector).toBe(0);
    }
    await closePage();
  });

  it('annotates a story that a client-rendered site inserts after load', async () => {
    await open('client-rendered-article.html');
    await page.waitFor(() => document.querySelector('#story') !== null);
    await waitForAnnotationToSettle(page, '#story');
    const coverage = await page.evaluate(hanCoverage, '#story');
    expect(coverage.covered / coverage.total).toBeGreaterThanOrEqual(0.95);
    await closePage();
  });

  it.each(['seed-page.html', 'anti-copy-article.html'])(
    'switching Dudong off for the site restores %s exactly',
    async (fixture) => {
      await open(fixture);
      const pristine = await page.evaluate(pristineBody);
      await waitForAnnotationToSettle(page);
      await readThrough(page);
      await waitForAnnotationToSettle(page);
      expect(await page.evaluate(() => document.body.innerHTML)).not.toBe(pristine.html);
      try {
        await browser.evaluateInExtension(
          (items) => (globalThis as unknown as ExtensionGlobal).chrome.storage.sync.set(items),
          { [DISABLED_SITES_KEY]: ['127.0.0.1'] },
        );
        await page.waitFor(() => document.querySelectorAll('ruby').length === 0);
        expect(await page.evaluate(() => document.body.innerHTML)).toBe(pristine.html);
        expect(await page.evaluate(bodyNodes)).toEqual(pristine.nodes);
      } finally {
        await browser.evaluateInExtension(
          (key) => (globalThis as unknown as ExtensionGlobal).chrome.storage.sync.remove(key),
          DISABLED_SITES_KEY,
        );
      }
      // And on again: the reader comes back without a reload.
      await waitForAnnotationToSettle(page);
      await closePage();
    },
  );
});
