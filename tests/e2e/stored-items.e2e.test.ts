/**
 * Corrupt stored values, as a bad sync, an old version or a hand edit leave them: Dudong keeps
 * working on its defaults, keeps what can be read, and the options page says so once.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, openExtensionPage, type ExtensionBrowser, type TestPage } from './browsers';
import type { FixtureServer } from './fixture-server';
import { useExtensionBrowser } from './session';

interface StorageArea {
  set(items: object): Promise<void>;
  clear(): Promise<void>;
}
type ExtensionGlobal = { chrome: { storage: { local: StorageArea; sync: StorageArea }; runtime: { getURL(p: string): string } } };

const GOOD_WORD = {
  word: '信访',
  pinyin: 'xìn fǎng',
  definition: 'petitioning',
  sentence: '信访工作。',
  url: 'https://example.com/a',
  title: 't',
  savedAt: 1,
};

describe.each(BROWSERS)('corrupt stored values in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  // Ready when set up (the options page says so); '#word-count' filled would also hold in about:blank.
  const openOptions = (): Promise<TestPage> =>
    openExtensionPage(browser, '/options.html', () => document.documentElement.dataset.ready === 'true');

  it('a site list that is not a list, and one bad word-list entry, do not stop the reader or the options page', async () => {
    // The keys as the previous version kept them (storage.local), so the same test runs against it.
    await browser.evaluateInExtension(
      async (word) => {
        const { local, sync } = (globalThis as unknown as ExtensionGlobal).chrome.storage;
        await Promise.all([local.clear(), sync.clear()]);
        await local.set({ 'reader.disabledSites': '127.0.0.1', wordList: [word, { word: 42 }] });
      },
      GOOD_WORD,
    );
    const page = await browser.newPage();
    await page.goto(server.url('seed-page.html'));
    await page.waitFor(() => document.querySelectorAll('ruby.dudong').length > 100, undefined, 30000);
    expect(page.errors).toEqual([]);
    await page.close();

    const options = await openOptions();
    await options.waitFor(() => document.querySelectorAll('#word-table tbody tr').length === 1, undefined, 20000);
    await options.waitFor(() => !document.querySelector<HTMLElement>('#set-aside')!.hidden);
    const shown = await options.evaluate(() => ({
      notice: !document.querySelector<HTMLElement>('#set-aside-notice')!.hidden,
      listed: document.querySelector('#set-aside-list')!.textContent,
      word: document.querySelector('#word-table tbody td.word')!.textContent,
    }));
    expect(shown.notice).toBe(true);
    expect(shown.listed).toMatch(/disabledSites/);
    expect(shown.listed).toMatch(/wordList/);
    expect(shown.word).toBe('信访');
    expect(options.errors).toEqual([]);
    await options.close();

    // Said once: the next visit lists the data set aside without the alarm.
    const again = await openOptions();
    await again.waitFor(() => !document.querySelector<HTMLElement>('#set-aside')!.hidden);
    expect(await again.evaluate(() => document.querySelector<HTMLElement>('#set-aside-notice')!.hidden)).toBe(true);
    await again.close();
  });
});
