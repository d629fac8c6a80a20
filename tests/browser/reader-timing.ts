/**
 * Prints how long the built extension takes to show the first ruby, cold (service worker just
 * started) and warm, on the seed page and on a 110,000-character article, and the longest main-thread
 * task while it annotates. Figures only, no assertions: `npx tsx tests/browser/reader-timing.ts`
 * after `npm run build` (DUDONG_EXT_OUTPUT=dir to time another build).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OUTPUT = process.env.DUDONG_EXT_OUTPUT ?? fileURLToPath(new URL('../../.output', import.meta.url));
const EXTENSION = join(OUTPUT, 'chrome-mv3');
const SEED = readFileSync(fileURLToPath(new URL('../fixtures/seed-page.html', import.meta.url)), 'utf8');
const truth = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/seed-page.truth.json', import.meta.url)), 'utf8')) as {
  title: string;
  paragraphs: Array<{ text: string }>;
};
const LONG = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${truth.title}</title></head><body>
<div class="article"><h1>${truth.title}</h1><div class="content">${Array.from({ length: 30 }, () => truth.paragraphs.map((p) => `<p>${p.text}</p>`).join('')).join('')}</div></div></body></html>`;
const pages: Record<string, string> = { '/seed.html': SEED, '/seed-again.html': SEED, '/long.html': LONG, '/long-again.html': LONG };

const server = createServer((request, response) => {
  const html = pages[request.url ?? ''];
  response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  response.end(html);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const profile = mkdtempSync(join(tmpdir(), 'dudong-timing-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
await (context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker'));

async function time(path: string, label: string) {
  const page = await context.newPage();
  // Record, inside the page, when the first ruby appears and every long task.
  await page.addInitScript(() => {
    const w = window as unknown as { firstRuby?: number; longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('ruby.dudong')) return;
      w.firstRuby = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(origin + path);
  await page.waitForFunction(() => (window as unknown as { firstRuby?: number }).firstRuby !== undefined, null, { timeout: 60_000 });
  await page.waitForTimeout(5000);
  const figures = await page.evaluate(() => {
    const w = window as unknown as { firstRuby: number; longTasks: number[] };
    return { firstRubyMs: Math.round(w.firstRuby), longestTaskMs: Math.round(Math.max(0, ...w.longTasks)), rubies: document.querySelectorAll('ruby.dudong').length };
  });
  console.log(`${label.padEnd(28)} first ruby ${String(figures.firstRubyMs).padStart(5)} ms after navigation; longest task ${figures.longestTaskMs} ms; ${figures.rubies} rubies`);
  await page.close();
}

await time('/seed.html', 'seed page, cold');
await time('/seed-again.html', 'seed page, warm');
await time('/long.html', '110k characters, warm');
await time('/long-again.html', '110k characters, spam cached');
await context.close();
server.close();
rmSync(profile, { recursive: true, force: true });
