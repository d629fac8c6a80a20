/**
 * The learner features with the installed extension, in Chromium and Firefox, driven by real input
 * (trusted mouse and keys): the HSK band of 工作; k marking 信访 known (its readings go, here and
 * after a reload); a speaking 信访 or saying there is no Chinese voice; a note written in the tooltip
 * that shows after a reload and survives export → import; ruby over the headline; a malformed import
 * refused with a clear message and nothing changed; the options page of a zh-CN browser wholly in Chinese (every section, what it lists, no English left).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, openExtensionPage, type ExtensionBrowser, type TestPage } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { hover, rubyOfWord } from './real-hover';
import { tooltipElementCentre, tooltipText } from './tooltip-text';
import zhCN from '../../assets/public/_locales/zh_CN/messages.json';

/** A word as saving it from the tooltip stores it. */
const SAVED_WORD = {
  word: '信访',
  pinyin: 'xìn fǎng',
  definition: 'petitioning',
  sentence: '信访工作。',
  url: 'https://example.com/a',
  title: 'A page',
  savedAt: 1,
};

const LEARNER_KEYS = ['learner.knownWords', 'learner.notes', 'wordList'];

interface StorageArea {
  get(keys: string[] | string): Promise<Record<string, unknown>>;
  remove(keys: string[] | string): Promise<void>;
}
type StorageGlobal = { browser?: { storage: { local: StorageArea } }; chrome: { storage: { local: StorageArea } } };

const readLearnerData = (browser: ExtensionBrowser) =>
  browser.evaluateInExtension((keys: string[]) => {
    const g = globalThis as unknown as StorageGlobal;
    return (g.browser ?? g.chrome).storage.local.get(keys);
  }, LEARNER_KEYS);

const clearLearnerData = (browser: ExtensionBrowser) =>
  browser.evaluateInExtension((keys: string[]) => {
    const g = globalThis as unknown as StorageGlobal;
    return (g.browser ?? g.chrome).storage.local.remove(keys);
  }, LEARNER_KEYS);

/** Whether every ruby of `word` is marked known and shows no reading; null when there is none. */
function knownState(word: string): { marked: boolean; readingsShown: number; rubies: number } | null {
  const rubies = [...document.querySelectorAll(`ruby.dudong[data-dudong-word="${word}"]`)];
  if (!rubies.length) return null;
  return {
    marked: rubies.every((r) => r.hasAttribute('data-dudong-known')),
    readingsShown: rubies.filter((r) => {
      const rt = r.querySelector('rt');
      return !!rt && getComputedStyle(rt).display !== 'none' && rt.getBoundingClientRect().height > 0;
    }).length,
    rubies: rubies.length,
  };
}

/**
 * Waits until `word`'s rubies show no reading ('none') or some ('some'). Firefox may keep the last
 * style and layout of a block the browser is skipping (content-visibility: auto, far from the
 * viewport) for a moment after an attribute changes, so a reading can still measure as shown just
 * after the rubies were marked; what counts is that it goes without a reload.
 */
async function waitForReadings(page: TestPage, word: string, shown: 'none' | 'some'): Promise<void> {
  await page.waitFor(
    ([w, want]: [string, string]) => {
      const rubies = [...document.querySelectorAll(`ruby.dudong[data-dudong-word="${w}"]`)];
      const n = rubies.filter((r) => {
        const rt = r.querySelector('rt');
        return !!rt && getComputedStyle(rt).display !== 'none' && rt.getBoundingClientRect().height > 0;
      }).length;
      return rubies.length > 0 && (want === 'none' ? n === 0 : n > 0);
    },
    [word, shown] as [string, string],
    5000,
  );
}

async function waitForTooltip(browser: ExtensionBrowser, url: string, includes: string): Promise<string> {
  let text = '';
  for (let i = 0; i < 100; i++) {
    text = (await tooltipText(browser, url)) ?? '';
    if (text.includes(includes)) return text;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`tooltip never showed ${includes}; last text: ${JSON.stringify(text)}`);
}

/** Opens the options page; resolves once it has set itself up. */
const openOptions = (browser: ExtensionBrowser): Promise<TestPage> =>
  openExtensionPage(browser, '/options.html', () => document.documentElement.dataset.ready === 'true');

/** Gives a file to one of the options page's file inputs, as choosing it in the file dialog does. */
function chooseFile({ id, name, text }: { id: string; name: string; text: string }): void {
  const input = document.getElementById(id) as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'text/plain' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Clicks an export button and returns the text of the file it would download. */
async function exported(options: TestPage, buttonId: string): Promise<string> {
  return options.evaluate(async (id: string) => {
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:captured';
    };
    try {
      document.getElementById(id)!.click();
      for (let i = 0; i < 50 && !blobs.length; i++) await new Promise((ok) => setTimeout(ok, 50));
    } finally {
      URL.createObjectURL = original;
    }
    if (!blobs[0]) throw new Error('nothing was exported');
    return blobs[0].text();
  }, buttonId);
}

describe.each(BROWSERS)('learner features in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: TestPage;
  let url: string;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName);
    await clearLearnerData(browser);
    page = await browser.newPage();
    url = server.url('seed-page.html');
    await page.goto(url);
    await page.waitFor(() => document.querySelector('ruby.dudong[data-dudong-word="信访"]') !== null, undefined, 30000);
  });
  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  it('shows the HSK 3.0 band of 工作 in the tooltip', async () => {
    const text = await hover(browser, page, url, rubyOfWord('工作'), 'HSK');
    expect(text).toContain('HSK 1');
    expect(text).toMatch(/very common/);
  });

  it('k marks 信访 known: its readings go on the page at once, and after a reload', async () => {
    expect(await page.evaluate(knownState, '信访')).toMatchObject({ marked: false });
    await hover(browser, page, url, rubyOfWord('信访'), 'Mark known');
    await page.press('k');
    await page.waitFor(() => {
      const rubies = [...document.querySelectorAll('ruby.dudong[data-dudong-word="信访"]')];
      return rubies.length > 0 && rubies.every((r) => r.hasAttribute('data-dudong-known'));
    });
    await waitForReadings(page, '信访', 'none');
    const now = await page.evaluate(knownState, '信访');
    expect(now!.readingsShown).toBe(0);
    expect(now!.rubies).toBeGreaterThan(3);
    expect(await waitForTooltip(browser, url, 'Known ✓')).toContain('Marked known');
    // Other words keep their readings.
    expect((await page.evaluate(knownState, '下访'))!.readingsShown).toBeGreaterThan(0);

    await page.reload();
    await page.waitFor(() => document.querySelector('ruby.dudong[data-dudong-word="信访"]') !== null, undefined, 30000);
    expect(await page.evaluate(knownState, '信访')).toMatchObject({ marked: true, readingsShown: 0 });

    // And k again brings them back.
    await hover(browser, page, url, rubyOfWord('信访'), 'Known ✓');
    await page.press('k');
    await page.waitFor(() => !document.querySelector('ruby.dudong[data-dudong-word="信访"][data-dudong-known]'));
    await waitForReadings(page, '信访', 'some');
    expect((await page.evaluate(knownState, '信访'))!.readingsShown).toBeGreaterThan(0);
  });

  it('a speaks the word with a Chinese voice, or the tooltip says there is none', async () => {
    await hover(browser, page, url, rubyOfWord('信访'), 'xìn fǎng');
    const voices = await page.evaluate(async () => {
      // The list fills asynchronously in some browsers.
      for (let i = 0; i < 20 && speechSynthesis.getVoices().length === 0; i++) await new Promise((ok) => setTimeout(ok, 50));
      return speechSynthesis.getVoices().map((v) => v.lang);
    });
    await page.press('a');
    if (voices.some((lang) => /^(zh|cmn|yue)\b/i.test(lang))) {
      await page.waitFor(() => speechSynthesis.speaking || speechSynthesis.pending, undefined, 5000);
    } else {
      const text = await waitForTooltip(browser, url, 'No Chinese voice');
      expect(text).toContain('cannot speak');
      // Said once: the Speak button is gone, nothing threw.
      expect(text).not.toMatch(/Speak\s*a/);
    }
    expect(page.errors).toEqual([]);
  });

  it('a note written in the tooltip shows after a reload and survives export → import', async () => {
    await hover(browser, page, url, rubyOfWord('信访'), 'Add note');
    const add = await tooltipElementCentre(browser, url, '[data-action="edit-note"]');
    expect(add).not.toBeNull();
    await page.mouseMove(add!.x, add!.y);
    await page.mouseClick(add!.x, add!.y);
    await waitForTooltip(browser, url, 'Save note');
    await page.type('petitions go to offices, not courts');
    await page.press('Control+Enter');
    expect(await waitForTooltip(browser, url, 'Note saved')).toContain('petitions go to offices, not courts');

    await page.reload();
    await page.waitFor(() => document.querySelector('ruby.dudong[data-dudong-word="信访"]') !== null, undefined, 30000);
    expect(await hover(browser, page, url, rubyOfWord('信访'), 'Your note')).toContain('petitions go to offices, not courts');

    const options = await openOptions(browser);
    try {
      const file = await exported(options, 'backup-export');
      expect(JSON.parse(file).notes['信访'].text).toBe('petitions go to offices, not courts');
      await clearLearnerData(browser);
      expect((await readLearnerData(browser))['learner.notes']).toBeUndefined();
      await options.evaluate(chooseFile, { id: 'backup-import', name: 'dudong-data.json', text: file });
      await options.waitFor(() => /Imported/.test(document.getElementById('learner-message')!.textContent ?? ''));
    } finally {
      await options.close();
    }
    const stored = await readLearnerData(browser);
    expect((stored['learner.notes'] as Record<string, { text: string }>)['信访']!.text).toBe('petitions go to offices, not courts');
    expect(await hover(browser, page, url, rubyOfWord('信访'), 'Your note')).toContain('petitions go to offices, not courts');
  });

  it('puts ruby over the headline', async () => {
    const headline = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      return { rubies: h1.querySelectorAll('ruby.dudong').length, words: [...h1.querySelectorAll('ruby.dudong')].map((r) => r.getAttribute('data-dudong-word')) };
    });
    expect(headline.rubies).toBeGreaterThan(4);
    expect(headline.words).toContain('考卷');
    // Nothing of the headline is hidden as spam: it is what spam is compared against.
    expect(await page.evaluate(() => document.querySelectorAll('h1 [data-dudong-spam]').length)).toBe(0);
  });

  it('"I know HSK 3.0 up to level 1" marks 工作 known in the open article at once', async () => {
    expect((await page.evaluate(knownState, '工作'))!.marked).toBe(false);
    const options = await openOptions(browser);
    try {
      await options.evaluate(() => {
        (document.getElementById('known-level') as HTMLSelectElement).value = '1';
        document.getElementById('known-add-level')!.click();
      });
      await options.waitFor(() => /^Added \d+ words/.test(document.getElementById('learner-message')!.textContent ?? ''));
      const added = Number(/Added (\d+)/.exec(await options.evaluate(() => document.getElementById('learner-message')!.textContent ?? ''))![1]);
      expect(added).toBeGreaterThan(450); // band 1 is 506 words, some may be known already
    } finally {
      await options.close();
    }
    // The article in the other tab follows the storage change without a reload.
    await page.waitFor(() => {
      const rubies = [...document.querySelectorAll('ruby.dudong[data-dudong-word="工作"]')];
      return rubies.length > 0 && rubies.every((r) => r.hasAttribute('data-dudong-known'));
    });
    await waitForReadings(page, '工作', 'none');
    expect((await page.evaluate(knownState, '工作'))!.readingsShown).toBe(0);
    expect((await page.evaluate(knownState, '信访'))!.marked).toBe(false); // not an HSK 1 word
  });

  it("the popup counts the article's distinct words as the page marks them, new and known", async () => {
    // After the test above, the HSK 1 words of the article are known.
    const onPage = await page.evaluate(() => {
      const known = new Set<string>();
      const all = new Set<string>();
      for (const ruby of document.querySelectorAll('ruby.dudong[data-dudong-word]')) {
        const word = ruby.getAttribute('data-dudong-word')!;
        all.add(word);
        if (ruby.hasAttribute('data-dudong-known')) known.add(word);
      }
      return { known: known.size, new: all.size - known.size };
    });
    expect(onPage.known).toBeGreaterThan(10);
    expect(onPage.new).toBeGreaterThan(100);
    const popup = await browser.openPopup(url);
    try {
      const text = await popup.evaluate(() => document.getElementById('word-counts')!.textContent ?? '');
      expect(text).toBe(`Words read on this page: ${onPage.new} new, ${onPage.known} known.`);
    } finally {
      await popup.close();
    }
  });

  it('"Mark words by HSK level" colours or underlines each word by its band, and off takes it away', async () => {
    /** Colour and underline of the first ruby of 工作 (HSK band 1) and of 信访 (no band). */
    const looks = () =>
      page.evaluate(() =>
        ['工作', '信访'].map((word) => {
          const style = getComputedStyle(document.querySelector(`ruby.dudong[data-dudong-word="${word}"]`)!);
          return { colour: style.color, line: style.textDecorationLine, lineColour: style.textDecorationColor };
        }),
      );
    /** Chooses `value` in the options page, kept open until the article shows `shown`. */
    const choose = async (value: string, shown: (colour: string) => boolean) => {
      const options = await openOptions(browser);
      try {
        await options.evaluate((choice: string) => {
          const select = document.getElementById('level-marks') as HTMLSelectElement;
          select.value = choice;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }, value);
        await page.waitFor(shown, BAND_1);
      } finally {
        await options.close();
      }
    };
    expect(await page.evaluate(() => document.querySelector('ruby.dudong[data-dudong-word="工作"]')!.getAttribute('data-dudong-hsk'))).toBe('1');
    const before = await looks();
    const BAND_1 = 'rgb(46, 125, 50)'; // BAND_COLOURS[0] in src/learner/level-styles.ts
    await choose('colour', (colour) => getComputedStyle(document.querySelector('ruby.dudong[data-dudong-word="工作"]')!).color === colour);
    const coloured = await looks();
    expect(coloured[1]).toEqual(before[1]); // a word with no band keeps the page's look
    await choose('underline', (colour) => {
      const style = getComputedStyle(document.querySelector('ruby.dudong[data-dudong-word="工作"]')!);
      return style.textDecorationLine === 'underline' && style.textDecorationColor === colour;
    });
    expect((await looks())[0]!.colour).toBe(before[0]!.colour);
    await choose('off', () => getComputedStyle(document.querySelector('ruby.dudong[data-dudong-word="工作"]')!).textDecorationLine === 'none');
    expect(await looks()).toEqual(before);
  });

  it('refuses a malformed import with a clear message and changes nothing', async () => {
    const before = await readLearnerData(browser);
    const options = await openOptions(browser);
    try {
      await options.evaluate(chooseFile, { id: 'backup-import', name: 'broken.json', text: '{"format":"dudong-learner-data","version":1,"knownWords":["hello"],"notes":{},"wordList":[]' });
      await options.waitFor(() => document.getElementById('learner-message')!.classList.contains('error'));
      expect(await options.evaluate(() => document.getElementById('learner-message')!.textContent)).toMatch(/Nothing was imported: the file is not JSON/);
      await options.evaluate(chooseFile, {
        id: 'backup-import',
        name: 'wrong.json',
        text: JSON.stringify({ format: 'dudong-learner-data', version: 1, exportedAt: '', knownWords: ['信访', 'hello'], notes: {}, wordList: [] }),
      });
      await options.waitFor(() => /damaged/.test(document.getElementById('learner-message')!.textContent ?? ''));
      await options.evaluate(chooseFile, { id: 'known-import', name: 'words.txt', text: '民生\n{"not": "a word"}\n' });
      await options.waitFor(() => /line\(s\) 2 are not Chinese words/.test(document.getElementById('learner-message')!.textContent ?? ''));
    } finally {
      await options.close();
    }
    expect(await readLearnerData(browser)).toEqual(before);
  });
});

/**
 * In the page: Latin-letter words of the interface that are not Chinese — text (and titles, labels)
 * outside anything marked translate="no" or written in another language (a definition, a page's
 * title, the schema's message), whose word never appears in a zh_CN message (HSK, CSV, Anki… do).
 */
function englishLeft(allowed: string[]): string[] {
  const allow = new Set(allowed);
  const found: string[] = [];
  const foreign = (element: Element) => {
    if (element.closest('[translate="no"], script, style, kbd')) return true;
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
    return !lang.toLowerCase().startsWith('zh');
  };
  const check = (text: string) => {
    for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) if (!allow.has(word.toLowerCase())) found.push(`${word}: ${text.trim().slice(0, 80)}`);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && !foreign(node.parentElement)) check(node.textContent ?? '');
  }
  for (const element of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
    if (foreign(element)) continue;
    for (const name of ['title', 'aria-label', 'placeholder']) check(element.getAttribute(name) ?? '');
  }
  return found;
}

/** Latin-letter words the Chinese messages use themselves (HSK, CSV, JSON, Anki, CC-CEDICT…), lower case. */
const latinInChineseMessages = [
  ...new Set(Object.values(zhCN as Record<string, { message: string }>).flatMap(({ message }) => (message.match(/[A-Za-z]{2,}/g) ?? []).map((w) => w.toLowerCase()))),
];

describe.each(BROWSERS)('the options page of a zh-CN %s', (browserName) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(browserName, { locale: 'zh-CN' });
    // Something in every section that fills itself: a saved word, a damaged one (set aside), a site's pasted line.
    await browser.evaluateInExtension(async (word) => {
      const g = globalThis as unknown as { browser?: { storage: { local: StorageArea & { set(items: object): Promise<void> } } }; chrome: { storage: { local: StorageArea & { set(items: object): Promise<void> } } } };
      await (g.browser ?? g.chrome).storage.local.set({
        wordList: [word, { word: 42 }],
        // The first version's one object: moved to per-site items when the options page reads it.
        pastedSentences: { 'example.com': ['关注公众号，了解更多资讯。'] },
      });
    }, SAVED_WORD);
  });
  afterAll(async () => browser?.close());

  it('is in Simplified Chinese, every section and what it lists', async () => {
    const options = await openOptions(browser);
    try {
      await options.waitFor(
        () =>
          document.querySelectorAll('#word-table tbody tr').length === 1 &&
          !document.querySelector<HTMLElement>('#set-aside')!.hidden &&
          document.querySelectorAll('#sentence-sites > li').length === 1,
        undefined,
        20000,
      );
      const page = await options.evaluate(() => ({
        lang: document.documentElement.lang,
        words: document.getElementById('words-title')!.textContent,
        known: document.getElementById('known-title')!.textContent,
        count: document.getElementById('known-count')!.textContent,
        setAside: document.getElementById('set-aside-title')!.textContent,
        setAsideEntry: document.querySelector('#set-aside-list li')!.textContent,
        sentences: document.getElementById('sentences-title')!.textContent,
        sites: document.getElementById('sentences-count')!.textContent,
        site: document.querySelector('#sentence-sites summary')!.textContent,
        forget: document.querySelector('#sentence-sites button')!.textContent,
        credits: document.querySelector('.credits li')!.textContent,
      }));
      expect(page).toEqual({
        lang: 'zh-Hans',
        words: '生词本',
        known: '已掌握的词',
        count: expect.stringMatching(/^已掌握 \d+ 个词$/),
        setAside: expect.stringMatching(/[\u4e00-\u9fff]/),
        setAsideEntry: expect.stringMatching(/^wordList 暂存于 .+：/),
        sentences: '网站被发现反复粘贴的句子',
        sites: '1 个网站',
        site: expect.stringMatching(/^example\.com — 1 句，最近一次 /),
        forget: '忘记这个网站',
        credits: expect.stringContaining('汉英词典'),
      });
      expect(await options.evaluate(englishLeft, latinInChineseMessages)).toEqual([]);
      expect(options.errors).toEqual([]);
    } finally {
      await options.close();
    }
  });
});
