/**
 * What the reader sees of the spam decision, with the installed extension in both browsers, on
 * pages the project wrote: a clean article keeps every word; a short farm page (three paragraphs
 * straight in <body>) is read as an article and loses exactly its junk; on the seed page, what the
 * decision is unsure of stays visible, marked, read, and the tooltip says it may have been inserted.
 * The reader's status counts what was hidden and what was only marked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from './browsers';
import { messageTab } from './tab-messages';
import { FIXTURES_DIR, type FixtureServer } from './fixture-server';
import { annotateWholePage, hanCoverage } from './page-probes';
import { useExtensionBrowser } from './session';
import { hover } from './real-hover';

interface Truth {
  paragraphs: Array<{ text: string; spam_spans: Array<[number, number, string]> }>;
}
const truth = JSON.parse(readFileSync(`${FIXTURES_DIR}/seed-page.truth.json`, 'utf8')) as Truth;
const truthSpam = truth.paragraphs.flatMap((p) => p.spam_spans.map(([s, e]) => p.text.slice(s, e)));

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
  return (await messageTab(browser, file, { type: 'reader-status' })) as { kind: string; spamHidden: number; spamSuspect?: number };
}

describe.each(BROWSERS)('the spam decision on the page, in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: TestPage;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it('leaves a clean article as written: nothing hidden, nothing marked, every word read', async () => {
    page = await browser.newPage();
    await page.goto(server.url('clean-article.html'));
    await annotateWholePage(page, '.story');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-dudong'))).toBe('article');
    // The headline's 青山县（Qingshan County 2024）饮水工程 is said whole in the story: still the writer's.
    expect(await page.evaluate(spamShown)).toEqual({ hidden: [], marked: [] });
    const coverage = await page.evaluate(hanCoverage, '.story');
    expect(coverage.total).toBeGreaterThan(300);
    expect(coverage.covered).toBe(coverage.total);
    expect(await readerStatus(browser, 'clean-article.html')).toMatchObject({ spamHidden: 0, spamSuspect: 0 });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows what it is unsure of, marked and read, and says so over a word in it', async () => {
    page = await browser.newPage();
    // Since session 24 the whole seed page's pieces are hidden (the farm's walk through its headline is
    // long there); its opening three paragraphs walk a shorter way, and one piece there is only marked.
    const url = server.url('seed-page-opening.html');
    await page.goto(url);
    await annotateWholePage(page, '.content');
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('[data-dudong-suspect]')].map((el) => ({
        text: [...el.childNodes].map((n) => (n instanceof Element && n.matches('ruby') ? (n.firstChild?.textContent ?? '') : (n.textContent ?? ''))).join(''),
        reason: el.getAttribute('data-dudong-suspect-reason') ?? '',
        visible: (el as HTMLElement).checkVisibility(),
        rubies: el.querySelectorAll('ruby.dudong').length,
      })),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      // Marked text is spam the truth file knows; it stays rendered, its words in ruby.
      expect(truthSpam.some((spam) => spam.includes(mark.text)), mark.text).toBe(true);
      expect(mark.visible).toBe(true);
      expect(mark.rubies).toBeGreaterThan(0);
      expect(mark.reason.length).toBeGreaterThan(10);
    }
    const status = await readerStatus(browser, 'seed-page-opening.html');
    expect(status.spamSuspect).toBeGreaterThan(0);
    // The real mouse over the first word inside the first mark.
    const text = await hover(browser, page, url, '[data-dudong-suspect] ruby.dudong', 'Possibly inserted');
    expect(text).toContain(`Possibly inserted — ${marks[0]!.reason}`);
    expect(page.errors).toEqual([]);
    await page.close();
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
