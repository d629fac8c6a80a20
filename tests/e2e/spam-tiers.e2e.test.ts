/**
 * What the reader sees of the spam decision, with the installed extension in both browsers, on
 * pages written for the tests: a short farm page (three paragraphs straight in <body>) is read as an
 * article and loses exactly its junk, the rest of it in ruby; the reader's status counts what was
 * hidden and what was only marked.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from './browsers';
import type { FixtureServer } from './fixture-server';
import { annotateWholePage, hanCoverage } from './page-probes';
import { useExtensionBrowser } from './session';

interface Shown {
  hidden: [string | null, string][];
  marked: [string | null, string][];
}

function spamShown(): Shown {
  const text = (el: Element) =>
    [...el.childNodes].map((n) => (n instanceof Element ? (n.matches('ruby') ? (n.firstChild?.textContent ?? '') : (n.textContent ?? '')) : (n.textContent ?? ''))).join('');
  return {
    hidden: [...document.querySelectorAll('[data-dudong-spam]')].map((el) => [el.getAttribute('data-dudong-spam'), text(el).trim()]),
    marked: [...document.querySelectorAll('[data-dudong-suspect]')].map((el) => [el.getAttribute('data-dudong-suspect'), text(el)]),
  };
}

/** The reader's status for the tab showing `file`, asked as the popup asks it. */
async function readerStatus(browser: ExtensionBrowser, file: string): Promise<{ kind: string; spamHidden: number; spamSuspect?: number }> {
  return browser.evaluateInExtension(async (name: string) => {
    interface TabsApi {
      tabs: {
        query(q: object): Promise<Array<{ id?: number }>>;
        sendMessage(tabId: number, message: object, options: object): Promise<unknown>;
      };
    }
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const api = scope.browser ?? scope.chrome;
    const [tab] = await api.tabs.query({ url: `*://127.0.0.1/*${name}` });
    return (await api.tabs.sendMessage(tab!.id!, { type: 'reader-status' }, { frameId: 0 })) as { kind: string; spamHidden: number; spamSuspect?: number };
  }, file);
}

describe.each(BROWSERS)('the spam decision on the page, in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: TestPage;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it('reads a short farm page as an article and hides its junk, and only its junk', async () => {
    page = await browser.newPage();
    await page.goto(server.url('short-farm-article.html'));
    await annotateWholePage(page, 'body');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-dudong'))).toBe('article');
    const shown = await page.evaluate(spamShown);
    expect(shown.hidden).toEqual([
      ['domain', '+d.a!o/s~h′u¢o\\h?u·.~c!o,m+'],
      ['jammer', 'q7 W$ 3& r x2 Z'],
      ['pinyin', '(de)'],
      ['symbol', '☘'],
    ]);
    expect(shown.marked).toEqual([]);
    // Every visible Han character of the story is read.
    const coverage = await page.evaluate(hanCoverage, 'p');
    expect(coverage.covered).toBe(coverage.total);
    expect(await readerStatus(browser, 'short-farm-article.html')).toMatchObject({ kind: 'article', spamHidden: 4, spamSuspect: 0 });
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
