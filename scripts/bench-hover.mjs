#!/usr/bin/env node
/**
 * Hover-to-tooltip latency with the installed extension (warm background), in Chromium and Firefox.
 *
 * For each sample the tooltip is hidden (Esc), the real mouse moves onto a ruby word of the seed
 * page, and the page measures from that pointermove's timestamp to the moment the tooltip host
 * becomes visible (a MutationObserver on its style). The figure includes the 30 ms hover debounce
 * by design. "first" = first hover of a word on the page (message round trip to the background,
 * dictionary lookup, render); "again" = a word hovered before (answered from the content script's cache).
 *
 * Usage: npm run build && npm run bench:hover   (DUDONG_EXT_OUTPUT=dir to use another build,
 *        DUDONG_BENCH_BROWSERS=chromium,firefox, DUDONG_BENCH_WORDS=40)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = resolve(process.env.DUDONG_EXT_OUTPUT ?? join(ROOT, '.output'));
const BROWSERS = (process.env.DUDONG_BENCH_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
const WORDS = Number(process.env.DUDONG_BENCH_WORDS ?? 40);
const SEED = readFileSync(join(ROOT, 'tests/fixtures/seed-page.html'));

function serve() {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(SEED);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function poll(page, fn, arg, timeoutMs = 20000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await sleep(25);
  }
}

/** Installed in the page: records pointermove timestamps and when the tooltip host becomes visible. */
function installProbe() {
  const w = window;
  w.__bench = { lastMove: 0, shownAt: 0 };
  document.addEventListener('pointermove', (e) => (w.__bench.lastMove = e.timeStamp), true);
  const watch = (host) =>
    new MutationObserver(() => {
      if (getComputedStyle(host).display !== 'none' && !w.__bench.shownAt) w.__bench.shownAt = performance.now();
    }).observe(host, { attributes: true, attributeFilter: ['style'] });
  const existing = document.querySelector('dudong-tooltip');
  if (existing) watch(existing);
  else
    new MutationObserver((_m, observer) => {
      const host = document.querySelector('dudong-tooltip');
      if (!host) return;
      observer.disconnect();
      watch(host);
      if (getComputedStyle(host).display !== 'none') w.__bench.shownAt = performance.now();
    }).observe(document.documentElement, { childList: true });
}

/** Centres of distinct visible ruby words in the viewport (one per word). */
function wordPoints(limit) {
  const seen = new Set();
  const points = [];
  for (const ruby of document.querySelectorAll('ruby.dudong[data-dudong-wid]')) {
    const word = ruby.getAttribute('data-dudong-word');
    const rect = ruby.getClientRects()[0];
    if (!word || seen.has(word) || !rect || rect.top < 0 || rect.bottom > innerHeight - 200) continue;
    seen.add(word);
    const base = ruby.firstChild; // the characters (text node) before the <rt>
    const range = document.createRange();
    range.selectNodeContents(base);
    const r = range.getClientRects()[0] ?? rect;
    points.push({ word, x: r.left + r.width / 2, y: r.top + r.height / 2 });
    if (points.length >= limit) break;
  }
  return points;
}

const hidden = () => {
  const host = document.querySelector('dudong-tooltip');
  return !host || getComputedStyle(host).display === 'none';
};

async function measure(page, mouse, keyboard, point) {
  await keyboard.press('Escape');
  await poll(page, hidden);
  await page.evaluate(() => {
    window.__bench.shownAt = 0;
  });
  await mouse.move(point.x, point.y);
  // Words the dictionary does not know (numbers, some names) show no tooltip: not a sample.
  const shown = await poll(page, () => window.__bench.shownAt > 0, undefined, 3000).catch(() => false);
  return shown ? page.evaluate(() => window.__bench.shownAt - window.__bench.lastMove) : null;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `n=${sorted.length} median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

async function run(name, origin) {
  let page, mouse, keyboard, close;
  if (name === 'chromium') {
    const ext = join(OUTPUT, 'chrome-mv3');
    const profile = mkdtempSync(join(tmpdir(), 'dudong-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await context.newPage();
    close = async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    };
  } else {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      defaultViewport: { width: 1200, height: 900 },
      extraPrefsFirefox: { 'xpinstall.signatures.required': false },
    });
    await browser.installExtension(join(OUTPUT, 'firefox-mv2'));
    page = await browser.newPage();
    close = () => browser.close();
  }
  mouse = page.mouse;
  keyboard = page.keyboard;
  await page.goto(`${origin}/seed-page.html`);
  await poll(page, () => document.querySelectorAll('ruby.dudong').length > 50, undefined, 60000);
  await page.evaluate(installProbe);
  const points = await page.evaluate(wordPoints, WORDS);
  // Warm-up: the background's dictionary loads on the first lookup.
  let warm = null;
  while (warm === null && points.length) warm = await measure(page, mouse, keyboard, points.shift());
  const first = [];
  const again = [];
  for (const point of points) {
    const ms = await measure(page, mouse, keyboard, point);
    if (ms !== null) first.push(ms);
  }
  for (const point of points) {
    const ms = await measure(page, mouse, keyboard, point);
    if (ms !== null) again.push(ms);
  }
  console.log(`${name}: hover → tooltip, very first hover on the page (warm-up, not in the figures below): ${warm?.toFixed(1)} ms`);
  console.log(`${name}: hover → tooltip, first hover of a word: ${stats(first)}`);
  console.log(`${name}: hover → tooltip, word hovered before:  ${stats(again)}`);
  await close();
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
console.log(`extension build: ${OUTPUT}  (includes the 30 ms hover debounce)`);
try {
  for (const name of BROWSERS) await run(name, origin);
} finally {
  server.close();
}
