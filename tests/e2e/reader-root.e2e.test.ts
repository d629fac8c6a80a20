/**
 * The reader annotates the article root only: no ruby in nav, breadcrumbs, sidebars or footers.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';
import { useExtensionBrowser } from './session';
import { annotateWholePage, rubyCount } from './page-probes';

/** Where each article fixture keeps its story and its site chrome. */
const ARTICLES = [
  { fixture: 'seed-page.html', story: '.content', chrome: '.top, .crumb, .runtime, .foot' },
  { fixture: 'chinese-csp-article.html', story: '#article', chrome: '.topbar, .crumb, .share, .side, .foot' },
  { fixture: 'traditional-article.html', story: '.story-body', chrome: '.site-header, .breadcrumb, .sidebar, .site-footer' },
  { fixture: 'anti-copy-article.html', story: '#content', chrome: '.topbar, .crumb, .side, .foot' },
  { fixture: 'h2-headline-article.html', story: '#text', chrome: '.logo, .bread, .foot' },
];

describe.each(BROWSERS)('article root in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it.each(ARTICLES)('leaves the site chrome of $fixture alone', async ({ fixture, story, chrome }) => {
    const page = await browser.newPage();
    await page.goto(server.url(fixture));
    await annotateWholePage(page, story);
    expect(await page.evaluate(rubyCount, chrome)).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('reads a headline printed as an h2 when the page has no h1 and its title starts with it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('h2-headline-article.html'));
    await annotateWholePage(page, '#text');
    await expect.poll(() => page.evaluate(rubyCount, 'h2.title'), { timeout: 10_000 }).toBeGreaterThan(5);
    expect(await page.evaluate(rubyCount, 'h2.logo')).toBe(0);
    await page.close();
  });
});
