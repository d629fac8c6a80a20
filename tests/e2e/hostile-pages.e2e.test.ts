/**
 * Pages that make a reader's life hard, with the installed extension, in Chromium and Firefox
 * (tests/fixtures/hostile/, all written for these tests). Each test asserts what a user would expect
 * on that page; the pages that Dudong annotates are then switched off and must be back exactly as
 * they were (the same Text nodes, in the same order). Every page reports no error of its own, and
 * the extension none of its own.
 *
 * Probes run in an isolated world of the page (TestPage.evaluateIsolated): one page rewrites the
 * built-ins a probe in its main world would use. The pointer and keys are real input.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from './browsers';
import type { FixtureServer } from './fixture-server';
import { useExtensionBrowser } from './session';
import { tooltipText } from './tooltip-text';
import { coverageOf, firstWordOf, pointOverWord, rubyWordsOf, sameTextNodes, snapshotNodes, type Coverage } from './world-probes';

const DISABLED_SITES_KEY = 'reader.disabledSites';
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

interface StorageGlobal {
  chrome: { storage: { sync: { set(items: object): Promise<void>; remove(key: string): Promise<void> }; local: { get(key: string): Promise<Record<string, unknown>> } } };
}

describe.each(BROWSERS)('hostile pages in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  afterAll(() => {
    expect(browser.extensionErrors()).toEqual([]);
  });

  /** Dudong on or off for the fixtures' site (127.0.0.1), as the popup's switch does. */
  const setDudong = (on: boolean) =>
    on
      ? browser.evaluateInExtension((key) => (globalThis as unknown as StorageGlobal).chrome.storage.sync.remove(key), DISABLED_SITES_KEY)
      : browser.evaluateInExtension(
          (items) => (globalThis as unknown as StorageGlobal).chrome.storage.sync.set(items),
          { [DISABLED_SITES_KEY]: ['127.0.0.1'] },
        );

  /** Polls `probe` in the page (or frame) until `done` says so; returns the last answer. */
  async function until<R>(page: TestPage, probe: () => Promise<R>, done: (value: R) => boolean, timeoutMs = 20000): Promise<R> {
    const deadline = Date.now() + timeoutMs;
    let value = await probe();
    while (!done(value) && Date.now() < deadline) {
      await sleep(200);
      value = await probe();
    }
    return value;
  }

  const coverage = (page: TestPage, selector: string | { selector: string; skip: string }, frame?: string) => page.evaluateIsolated(coverageOf, selector, frame);
  const covered = (c: Coverage) => c.total > 0 && c.covered / c.total >= 0.95;

  /** Waits until ≥95% of the visible Han under `selector` has ruby (and expects it); returns the coverage. */
  async function annotated(page: TestPage, selector: string | { selector: string; skip: string }, frame?: string): Promise<Coverage> {
    const found = await until(page, () => coverage(page, selector, frame), covered);
    expect(found.covered / found.total, JSON.stringify({ selector, found })).toBeGreaterThanOrEqual(0.95);
    expect(found.nested).toBe(0);
    return found;
  }

  /**
   * Opens `fixture` with Dudong off for the site, lets the page settle, snapshots its nodes (each
   * frame named), then switches Dudong on.
   */
  async function openOff(fixture: string, frames: string[] = [], skip = ''): Promise<TestPage> {
    await setDudong(false);
    const page = await browser.newPage();
    await page.goto(server.url(fixture));
    await sleep(300);
    const snapshots = new Map<string | undefined, string[]>();
    for (const frame of [undefined, ...frames]) snapshots.set(frame, await page.evaluateIsolated(snapshotNodes, skip, frame));
    pristine.set(page, { snapshots, skip });
    await setDudong(true);
    return page;
  }
  const pristine = new Map<TestPage, { snapshots: Map<string | undefined, string[]>; skip: string }>();

  /** Switches Dudong off and expects every snapshotted document back as it was, the same Text nodes included. */
  async function expectRestored(page: TestPage) {
    const { snapshots, skip } = pristine.get(page)!;
    await setDudong(false);
    for (const [frame, before] of snapshots) {
      const after = await until(page, () => page.evaluateIsolated(snapshotNodes, skip, frame), (nodes) => !nodes.some((n) => n.startsWith('<ruby class="dudong"')));
      expect(after, frame ?? 'top').toEqual(before);
    }
    // snapshotNodes stored the nodes it saw: compare identities against a fresh walk after restoring.
    for (const frame of snapshots.keys()) expect(await page.evaluateIsolated(sameTextNodes, skip, frame), frame ?? 'top').toBe(true);
  }

  /**
   * How many analyze requests the tab's readers send to the background during `ms`: a listener of the
   * extension's own (every extension context hears a content script's runtime.sendMessage) counts them.
   * Each request is a paragraph read again, segmented and sent back: the work a page can make Dudong do.
   */
  async function analyzeRequestsDuring(ms: number): Promise<number> {
    return browser.evaluateInExtension(async (windowMs: number) => {
      const g = globalThis as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const api = g.browser ?? g.chrome;
      let count = 0;
      const listener = (message: { type?: string }) => {
        if (message?.type === 'analyze') count++;
        return undefined; // not an answer: the background answers
      };
      api.runtime.onMessage.addListener(listener);
      await new Promise((ok) => setTimeout(ok, windowMs));
      api.runtime.onMessage.removeListener(listener);
      return count;
    }, ms);
  }

  async function close(page: TestPage) {
    expect(page.errors).toEqual([]);
    await page.close();
    pristine.delete(page);
    await setDudong(true);
  }

  /**
   * Moves the real mouse over `word` (in `frame`, offset by the iframe's place) and returns the
   * tooltip's text once it holds `expected`. The word's place is measured again before each of up to
   * three tries: ruby still being written above it (the headline's) can move it after it was measured.
   */
  async function hover(page: TestPage, url: string, word: string, expected: string | RegExp, frame?: { url: string; selector: string }): Promise<string> {
    let text = '';
    const matches = () => (typeof expected === 'string' ? text.includes(expected) : expected.test(text));
    for (let attempt = 0; attempt < 3 && !matches(); attempt++) {
      await page.mouseMove(2, 2);
      const point = await page.evaluateIsolated(pointOverWord, word, frame?.url);
      expect(point, `a visible ruby for ${word}`).not.toBeNull();
      let { x, y } = point!;
      if (frame) {
        const offset = await page.evaluateIsolated((selector: string) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          const style = getComputedStyle(document.querySelector(selector)!);
          return { x: box.left + parseFloat(style.borderLeftWidth), y: box.top + parseFloat(style.borderTopWidth) };
        }, frame.selector);
        x += offset.x;
        y += offset.y;
      }
      await page.mouseMove(x, y);
      for (let i = 0; i < 25 && !matches(); i++) {
        await sleep(100);
        text = (await tooltipText(browser, url)) ?? '';
      }
    }
    return text;
  }

  /** Hovers the first word of two or more characters under `selector` with the real mouse; expects the tooltip to explain it. */
  async function hoverFirstWord(page: TestPage, url: string, selector: string, frame?: { url: string; selector: string }) {
    const first = await page.evaluateIsolated(firstWordOf, selector, frame?.url);
    expect(first, `a word under ${selector}`).not.toBeNull();
    const text = await hover(page, url, first!.word, new RegExp(`^${first!.word}\n`), frame);
    expect(text.split('\n')[0], `the tooltip over ${first!.word}`).toBe(first!.word);
    // Its reading in tone marks (the dictionary's; the page's may differ for a misread character).
    expect(text).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  }

  it('strict CSP (default-src none): annotated, styled, hoverable, restored', async () => {
    const url = server.url('hostile/strict-csp.html');
    const page = await openOff('hostile/strict-csp.html');
    await annotated(page, '#story');
    const look = await page.evaluateIsolated(() => {
      const rt = document.querySelector('ruby.dudong rt')!;
      return { rtDisplay: getComputedStyle(rt).display, ratio: parseFloat(getComputedStyle(rt).fontSize) / parseFloat(getComputedStyle(rt.parentElement!).fontSize) };
    });
    expect(look.rtDisplay).toBe('ruby-text');
    expect(look.ratio).toBeCloseTo(0.55, 2);
    await hoverFirstWord(page, url, '#story p');
    await expectRestored(page);
    await close(page);
  });

  it('articles in a same-origin and a cross-origin iframe: each annotated and hoverable in its frame; the top site switch applies to both', async () => {
    const url = server.url('hostile/frames-top.html');
    const page = await openOff('hostile/frames-top.html', ['frame-article-same', 'frame-article-cross']);
    for (const [frame, selector] of [['frame-article-same', '#same'], ['frame-article-cross', '#cross']] as const) {
      // The reader follows the viewport, in frames too: bring each frame into view, as a reader scrolls to it.
      await page.evaluateIsolated((iframe: string) => document.querySelector(iframe)!.scrollIntoView({ block: 'start' }), selector);
      await annotated(page, '#story', frame);
    }
    // The English wrapper page itself gets nothing.
    expect((await coverage(page, 'body')).rubies).toBe(0);
    await hoverFirstWord(page, url, '#story p', { url: 'frame-article-same', selector: '#same' });
    await hoverFirstWord(page, url, '#story p', { url: 'frame-article-cross', selector: '#cross' });
    // Each frame's reader answers the popup, which finds them as it does (the frames with the detector's verdict).
    const statuses = await browser.evaluateInExtension(async (pageUrl: string) => {
      const g = globalThis as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const api = g.browser ?? g.chrome;
      const [tab] = (await api.tabs.query({})).filter((t: { url?: string }) => t.url === pageUrl);
      const marked: Array<{ frameId: number; result: boolean }> = await api.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        func: () => (globalThis as Record<string, unknown>).__dudongPageVerdict !== undefined,
      });
      const answers = await Promise.all(
        marked.filter((m) => m.result).map((m) => api.tabs.sendMessage(tab.id, { type: 'reader-status' }, { frameId: m.frameId }).catch(() => null)),
      );
      return answers.filter(Boolean) as Array<{ kind: string; active: boolean }>;
    }, url);
    expect(statuses.filter((s) => s.kind === 'article' && s.active)).toHaveLength(2);
    await expectRestored(page);
    await close(page);
  });

  it('an article inside an open shadow root (a web component) is annotated, hoverable and restored', async () => {
    const url = server.url('hostile/shadow-article.html');
    const page = await openOff('hostile/shadow-article.html');
    await annotated(page, 'news-story');
    await hoverFirstWord(page, url, 'news-story');
    await expectRestored(page);
    await close(page);
  });

  it('an article whose paragraphs stand straight in an open shadow root (no wrapper) is read as an article, annotated and restored', async () => {
    const url = server.url('hostile/shadow-article-flat.html');
    const page = await openOff('hostile/shadow-article-flat.html');
    await annotated(page, 'story-view');
    await hoverFirstWord(page, url, 'story-view');
    await expectRestored(page);
    await close(page);
  });

  it('an article drawn into an open shadow root by the site\'s script after the page has loaded is read as an article, annotated and restored', async () => {
    const url = server.url('hostile/shadow-article-late.html');
    const page = await openOff('hostile/shadow-article-late.html');
    await annotated(page, 'shoe-story');
    await hoverFirstWord(page, url, 'shoe-story');
    await expectRestored(page);
    await close(page);
  });

  it('leaves form fields and editable text alone, and keys typed into them reach them', async () => {
    const url = server.url('hostile/inputs-article.html');
    const page = await openOff('hostile/inputs-article.html');
    await until(page, () => coverage(page, '#story p:not([contenteditable])'), covered);
    const untouched = await page.evaluateIsolated(() => ({
      editableRuby: document.querySelectorAll('[contenteditable] ruby, textarea ruby, form ruby').length,
      textarea: (document.getElementById('comment-text') as HTMLTextAreaElement).value,
      input: (document.getElementById('comment-name') as HTMLInputElement).value,
    }));
    expect(untouched).toEqual({ editableRuby: 0, textarea: '我觉得这个园区改造得很好，希望多举办一些活动。', input: '热心读者' });
    // With a tooltip open, an "s" typed into the comment box is the reader's text, not "save".
    await page.evaluateIsolated(() => {
      const box = document.getElementById('comment-text') as HTMLTextAreaElement;
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
    });
    await hoverFirstWord(page, url, '#story p');
    await page.press('s');
    expect(await page.evaluateIsolated(() => (document.getElementById('comment-text') as HTMLTextAreaElement).value)).toBe('我觉得这个园区改造得很好，希望多举办一些活动。s');
    expect(await tooltipText(browser, url)).not.toMatch(/Saved|已保存/);
    await page.evaluateIsolated(() => {
      const box = document.getElementById('comment-text') as HTMLTextAreaElement;
      box.value = box.value.slice(0, -1);
      box.blur();
    });
    await expectRestored(page);
    await close(page);
  });

  it("leaves the page's own ruby as they are", async () => {
    const page = await openOff('hostile/own-ruby-article.html');
    await until(page, () => coverage(page, '#story p'), (c) => c.rubies > 40);
    const own = await page.evaluateIsolated(() =>
      ['own-1', 'own-2', 'own-3', 'own-4'].map((id) => {
        const ruby = document.getElementById(id)!;
        return { html: ruby.outerHTML, parentIsOurs: ruby.parentElement!.closest('ruby.dudong') !== null, ours: ruby.querySelectorAll('ruby.dudong').length };
      }),
    );
    expect(own.map((r) => r.html)).toEqual([
      '<ruby id="own-1">燊<rp>(</rp><rt>shēn</rt><rp>)</rp></ruby>',
      '<ruby id="own-2">犇<rp>(</rp><rt>bēn</rt><rp>)</rp></ruby>',
      '<ruby id="own-3">淼<rt>miǎo</rt></ruby>',
      '<ruby id="own-4">鑫<rt>xīn</rt></ruby>',
    ]);
    expect(own.every((r) => !r.parentIsOurs && r.ours === 0)).toBe(true);
    await expectRestored(page);
    await close(page);
  });

  it('a page of a million characters: what is on screen gets ruby, the rest as the reader scrolls, and it restores', async () => {
    const page = await openOff('hostile/huge-article.html');
    const first = await until(page, () => page.evaluateIsolated(() => document.querySelectorAll('#story p:nth-of-type(-n+3) ruby.dudong').length), (n) => n > 50, 30000);
    expect(first).toBeGreaterThan(50);
    const size = await page.evaluateIsolated(() => ({ chars: document.getElementById('story')!.textContent!.length }));
    expect(size.chars).toBeGreaterThan(1_000_000);
    await page.evaluateIsolated(() => document.querySelector('#story p:nth-of-type(1600)')!.scrollIntoView());
    const middle = await until(
      page,
      () => page.evaluateIsolated(() => document.querySelectorAll('#story p:nth-of-type(1600) ruby.dudong').length),
      (n) => n > 50,
      30000,
    );
    expect(middle).toBeGreaterThan(50);
    await expectRestored(page);
    await close(page);
  });

  it('a ticker rewriting a paragraph every 50 ms is left alone; the rest of the article is read', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('hostile/ticker-article.html'));
    await annotated(page, '#story p:not(#ticker)');
    await sleep(3000);
    // 60 more rewrites of the ticker in these 3 s: none of them is read again.
    expect(await analyzeRequestsDuring(3000)).toBe(0);
    const ticker = [];
    for (let i = 0; i < 5; i++) {
      ticker.push(await page.evaluateIsolated(() => document.querySelectorAll('#ticker ruby').length));
      await sleep(100);
    }
    expect(ticker).toEqual([0, 0, 0, 0, 0]);
    // The ticker keeps running, but Dudong does not fight it: the popup reports no fight.
    const status = await readerStatus(page, server.url('hostile/ticker-article.html'));
    expect(status).toMatchObject({ kind: 'article', active: true });
    expect(status?.fought).toBeUndefined();
    expect((await coverage(page, '#story p:not(#ticker)')).covered).toBeGreaterThan(150);
    await close(page);
  });

  it('a page that restores its markup whenever a ruby appears is left alone after a few rounds, and the popup says so', async () => {
    const url = server.url('hostile/fighting-page.html');
    const page = await browser.newPage();
    await page.goto(url);
    // Rounds happen as Dudong writes and the page undoes it; then they stop.
    await until(page, () => page.evaluateIsolated(() => Number(document.documentElement.getAttribute('data-restores') ?? 0)), (n) => n >= 1);
    await sleep(4000);
    const settled = await page.evaluateIsolated(() => Number(document.documentElement.getAttribute('data-restores')));
    await sleep(3000);
    const later = await page.evaluateIsolated(() => Number(document.documentElement.getAttribute('data-restores')));
    expect(settled).toBeLessThanOrEqual(6);
    expect(later).toBe(settled);
    expect(await analyzeRequestsDuring(2000)).toBe(0);
    expect((await coverage(page, '#story')).rubies).toBe(0);
    expect((await readerStatus(page, url))?.fought).toBeGreaterThanOrEqual(1);
    await close(page);
  });

  it('a single-page app swapping body.innerHTML: off restores the first story exactly; each story shown is annotated once, never ruby inside ruby', async () => {
    const page = await openOff('hostile/spa-article.html');
    await annotated(page, '#story');
    await expectRestored(page);
    await setDudong(true);
    await annotated(page, '#story');
    await page.evaluate(() => (window as unknown as { showStory(name: string): void }).showStory('second'));
    const second = await annotated(page, '#story');
    expect(second.nested).toBe(0);
    expect(await page.evaluateIsolated(() => [...document.querySelector('#story h1')!.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : n.firstChild?.textContent)).join(''))).toBe('老街区开出第一家共享厨房');
    await page.evaluate(() => (window as unknown as { showStory(name: string): void }).showStory('first'));
    expect((await annotated(page, '#story')).nested).toBe(0);
    await close(page);
  });

  it('main-world rewrites of DOM and JS built-ins neither break Dudong nor are called by it', async () => {
    const url = server.url('hostile/monkeypatched-article.html');
    const page = await openOff('hostile/monkeypatched-article.html');
    await annotated(page, '#story');
    await hoverFirstWord(page, url, '#story p');
    await expectRestored(page);
    expect(await page.evaluateIsolated(() => document.querySelector('meta[name="patched-calls"]')!.getAttribute('content'))).toBe('0');
    await close(page);
  });

  it('synthetic pointer and key events from the page do not drive Dudong; the real mouse does', async () => {
    const url = server.url('hostile/synthetic-events.html');
    await setDudong(true);
    await browser.evaluateInExtension(() => {
      const g = globalThis as unknown as { browser?: { storage: { local: { remove(k: string): Promise<void> } } }; chrome: { storage: { local: { remove(k: string): Promise<void> } } } };
      return (g.browser ?? g.chrome).storage.local.remove('wordList');
    });
    const page = await browser.newPage();
    await page.goto(url);
    await annotated(page, '#story');
    const word = await page.evaluate(() => (window as unknown as { forgeHoverAndSave(): string | null }).forgeHoverAndSave());
    expect(word).toBeTruthy();
    await sleep(1500);
    expect(await tooltipText(browser, url)).toBeNull();
    const saved = await browser.evaluateInExtension(async () => {
      // Firefox's `chrome` takes callbacks in MV2: its `browser` gives promises.
      const g = globalThis as unknown as { browser?: StorageGlobal['chrome']; chrome: StorageGlobal['chrome'] };
      const stored = await (g.browser ?? g.chrome).storage.local.get('wordList');
      return (stored.wordList as unknown[] | undefined) ?? [];
    });
    expect(saved).toEqual([]);
    await hoverFirstWord(page, url, '#story p');
    await close(page);
  });

  it('text that looks like HTML stays text', async () => {
    const url = server.url('hostile/html-looking-text.html');
    const page = await openOff('hostile/html-looking-text.html');
    await annotated(page, '#story');
    const elements = await page.evaluateIsolated(() => ({
      tags: [...new Set([...document.querySelectorAll('#story *')].filter((e) => !e.parentElement?.closest('rt')).map((e) => e.tagName))].sort(),
      hidden: [...document.querySelectorAll('#story [data-dudong-spam]')].map((e) => `${e.getAttribute('data-dudong-spam')}: ${e.textContent}`),
      text: [...document.querySelectorAll('#story p')].map((p) => [...p.querySelectorAll('ruby.dudong')].map((r) => r.firstChild!.textContent).join('')).join(''),
    }));
    expect(elements.hidden).toEqual([]);
    expect(elements.tags).toEqual(['H1', 'P', 'RT', 'RUBY']);
    await hoverFirstWord(page, url, '#story p');
    await expectRestored(page);
    await close(page);
  });

  it('a GBK-encoded page reads as the same Chinese', async () => {
    const url = server.url('hostile/gbk-article.html');
    const page = await openOff('hostile/gbk-article.html');
    expect(await page.evaluateIsolated(() => document.characterSet.toLowerCase())).toBe('gbk');
    await annotated(page, '#story');
    const words = await page.evaluateIsolated(rubyWordsOf, '#story');
    expect(words).toEqual(expect.arrayContaining(['乡村', '公路', '茶叶', '竹笋']));
    await hoverFirstWord(page, url, '#story p');
    await expectRestored(page);
    await close(page);
  });

  it('hidden anti-copy junk is neither annotated nor read into the sentence (小路 stays one word)', async () => {
    const page = await openOff('hostile/anti-copy-junk.html');
    // Every character a reader sees has ruby (the junk spans are left out of the count: they are not seen).
    await annotated(page, { selector: '#story', skip: 'span' });
    const found = await page.evaluateIsolated(() => ({
      junkRubies: document.querySelectorAll('#story span ruby').length,
      words: [...document.querySelectorAll('#story ruby.dudong')].map((r) => r.getAttribute('data-dudong-word')),
    }));
    expect(found.junkRubies).toBe(0);
    expect(found.words).toEqual(expect.arrayContaining(['小路', '居民']));
    await expectRestored(page);
    await close(page);
  });

  it('behind a cookie banner: the story is annotated, the banner is not, and after accepting the real mouse finds words', async () => {
    const url = server.url('hostile/cookie-banner.html');
    const page = await openOff('hostile/cookie-banner.html', [], '#cookie-mask');
    await annotated(page, '#story');
    expect((await coverage(page, '#cookie-mask')).rubies).toBe(0);
    await page.evaluateIsolated(() => (document.getElementById('accept') as HTMLButtonElement).click());
    await hoverFirstWord(page, url, '#story p');
    await close(page);
  });

  it("a stylesheet hiding every rt and every custom element leaves Dudong's readings and tooltip intact", async () => {
    const url = server.url('hostile/hostile-css.html');
    const page = await openOff('hostile/hostile-css.html');
    await annotated(page, '#story');
    const rt = await page.evaluateIsolated(() => {
      const element = document.querySelector('#story p ruby.dudong rt')!;
      const style = getComputedStyle(element);
      return { visible: element.checkVisibility({ visibilityProperty: true, opacityProperty: true }), display: style.display, size: parseFloat(style.fontSize) };
    });
    expect(rt, JSON.stringify(rt)).toEqual({ visible: true, display: 'ruby-text', size: 8.8 });
    await hoverFirstWord(page, url, '#story p');
    await expectRestored(page);
    await close(page);
  });

  /** The reader status of the tab's top frame, as the popup asks for it. */
  async function readerStatus(page: TestPage, url: string): Promise<{ kind: string; active: boolean; fought?: number } | null> {
    void page;
    return browser.evaluateInExtension(async (pageUrl: string) => {
      const g = globalThis as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const api = g.browser ?? g.chrome;
      const [tab] = (await api.tabs.query({})).filter((t: { url?: string }) => t.url === pageUrl);
      return api.tabs.sendMessage(tab.id, { type: 'reader-status' }, { frameId: 0 }).catch(() => null);
    }, url);
  }
});
