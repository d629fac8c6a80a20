/**
 * Driving the reader harness from a test: one Chromium and one page server per test file, pages
 * opened and annotated (read through, as the reader only annotates what comes near the viewport),
 * the page compared with itself after stop.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { servePages, type PageServer } from './serve-pages';

/**
 * For a test that runs the real analysis of 50,000–100,000 characters in the page: 47 s on a 2-core
 * machine under load (the same before and after session 11), against the suite's 60 s per test.
 */
export const LONG_PAGE_TIMEOUT_MS = 150_000;

const HARNESS_CONFIG = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
const HARNESS_FILE = fileURLToPath(new URL('../../../.output/browser-harness/reader-harness.js', import.meta.url));

export interface StartOptions {
  rootSelector: string;
  spam?: string[];
  suspect?: string[];
  toneColours?: boolean;
  failAnalyses?: number;
}

export interface ReaderHarness {
  readonly browser: Browser;
  readonly server: PageServer;
  /** Opens `html`, remembers the root's serialisation and Text nodes, starts annotating, scrolls through it. */
  openAndAnnotate(name: string, html: string, options: StartOptions, how?: { readThrough?: boolean }): Promise<Page>;
}

/** Builds the harness and starts Chromium and the page server for this test file. */
export function useReaderHarness(): ReaderHarness {
  let browser: Browser | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    await build({ configFile: HARNESS_CONFIG });
    server = await servePages(HARNESS_FILE);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get server() {
      return server!;
    },
    async openAndAnnotate(name, html, options, how = {}) {
      const page = await browser!.newPage({ viewport: { width: 1000, height: 800 } });
      await page.goto(server!.page(name, html));
      await page.evaluate(async (opts) => {
        const harness = await window.dudongHarness;
        const root = document.querySelector(opts.rootSelector)!;
        const texts: Text[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
        Object.assign(window, { beforeHtml: root.outerHTML, beforeTexts: texts });
        await harness.start(opts);
      }, options);
      await settle(page);
      if (how.readThrough !== false) await readThrough(page);
      return page;
    },
  };
}

/**
 * Scrolls down the whole page a screen at a time (the reader writes a screen ahead), so every paragraph comes near the viewport and
 * is written, then back to the top, and waits for the writes to settle.
 */
export async function readThrough(page: Page): Promise<void> {
  const step = await page.evaluate(() => innerHeight);
  // The page grows as ruby is written: its height is read again at every step.
  for (let y = step; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await writesCaughtUp(page);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
}

/**
 * Waits at one scroll position until the reader has written what came near the viewport: the ruby
 * count unchanged over two short polls (at most 3 s). A fixed pause raced the reader on a slower run:
 * paragraphs scrolled past before their turn were left unwritten.
 */
async function writesCaughtUp(page: Page): Promise<void> {
  let last = -1;
  for (let stable = 0, i = 0; stable < 2 && i < 50; i++) {
    await page.waitForTimeout(60);
    const count = await page.evaluate(() => document.querySelectorAll('ruby.dudong, [data-dudong-spam]').length);
    stable = count === last ? stable + 1 : 0;
    last = count;
  }
}

/** Waits until writing has stopped: the ruby count unchanged for 1.6 s. */
export async function settle(page: Page): Promise<void> {
  let last = -1;
  for (let stable = 0, i = 0; stable < 8 && i < 300; i++) {
    await page.waitForTimeout(200);
    const count = await page.evaluate(() => document.querySelectorAll('ruby.dudong, [data-dudong-spam]').length);
    stable = count === last && count > 0 ? stable + 1 : 0;
    if (process.env.DUDONG_TRACE) console.log(i, count);
    last = count;
  }
}

/** Stops the session and reports whether the root is exactly as before (same HTML, same Text objects). */
export async function stopAndCompare(page: Page, rootSelector: string) {
  return page.evaluate(async (selector) => {
    (await window.dudongHarness).stop();
    const root = document.querySelector(selector)!;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    const w = window as unknown as { beforeHtml: string; beforeTexts: Text[] };
    return {
      sameHtml: root.outerHTML === w.beforeHtml,
      sameNodes: texts.length === w.beforeTexts.length && texts.every((t, i) => t === w.beforeTexts[i]),
      adoptedSheets: document.adoptedStyleSheets.length,
      revealAttribute: document.documentElement.hasAttribute('data-dudong-reveal'),
    };
  }, rootSelector);
}
