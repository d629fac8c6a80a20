/**
 * Shows Dudong on the seed page. With a display (DISPLAY set): opens Chromium with the extension on
 * the seed page and the fixture index, and stays open until Ctrl-C. Without one: runs headless,
 * waits for the annotation, saves artifacts/demo-seed.png and prints what happened.
 *
 *   npm run demo            (builds first)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, type TestPage } from '../tests/e2e/browsers';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import {
  WATCH_FIRST_VISIBLE_RUBY,
  firstVisibleRubyMs,
  hanCoverage,
  readThrough,
  rubyCount,
  waitForAnnotationToSettle,
} from '../tests/e2e/page-probes';

const SEED = 'seed-page.html';
const headful = Boolean(process.env.DISPLAY);

function hasCjkFont(): boolean {
  try {
    return /CJK|WenQuanYi|Droid Sans Fallback/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

/** Points at the first visible ruby of `word` (as a reader's mouse would) and waits for the tooltip. */
async function showTooltipFor(page: TestPage, word: string): Promise<boolean> {
  const at = await page.evaluate((w) => {
    const ruby = [...document.querySelectorAll(`ruby.dudong[data-dudong-word="${w}"]`)].find((r) => r.getClientRects().length > 0);
    if (!ruby) return null;
    const rect = ruby.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.bottom - 4 };
  }, word);
  // The real pointer: Dudong ignores events a script makes up.
  if (at) await page.mouseMove(at.x, at.y);
  try {
    await page.waitFor(() => {
      const host = document.querySelector('dudong-tooltip');
      return !!host && getComputedStyle(host).display !== 'none';
    }, undefined, 5000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the fade-in finish
    return true;
  } catch {
    return false;
  }
}

const server = await startFixtureServer();
const browser = await launch('chromium', { headless: !headful });
const page = await browser.newPage();
await page.addInitScript(WATCH_FIRST_VISIBLE_RUBY);
const started = Date.now();
await page.goto(server.url(SEED));

if (headful) {
  const index = await browser.newPage();
  await index.goto(server.origin + '/');
  console.log(`Chromium is open with Dudong on ${server.url(SEED)}; other fixtures: ${server.origin}/`);
  console.log('Press Ctrl-C to quit.');
  const quit = async () => {
    await browser.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void quit());
  process.on('SIGTERM', () => void quit());
} else {
  if (!hasCjkFont()) console.warn('No CJK font found: the screenshot will show boxes (apt-get install -y fonts-noto-cjk).');
  await waitForAnnotationToSettle(page);
  const firstRubyMs = (await page.evaluate(firstVisibleRubyMs)) ?? NaN;
  const settledMs = Date.now() - started;
  const outDir = fileURLToPath(new URL('../artifacts/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot(`${outDir}demo-seed.png`);
  const tooltipShown = await showTooltipFor(page, '信访');
  if (tooltipShown) await page.screenshot(`${outDir}demo-tooltip.png`);
  await readThrough(page);
  await waitForAnnotationToSettle(page);
  const truth = JSON.parse(readFileSync(new URL('../tests/fixtures/seed-page.truth.json', import.meta.url), 'utf8')) as {
    paragraphs: Array<{ spam_spans: unknown[] }>;
  };
  const truthSpans = truth.paragraphs.reduce((n, p) => n + p.spam_spans.length, 0);
  const facts = await page.evaluate(() => ({
    kind: document.documentElement.getAttribute('data-dudong'),
    spamHidden: document.querySelectorAll('[data-dudong-spam]').length,
    detectMs: performance.getEntriesByName('dudong:detect')[0]?.duration ?? NaN,
  }));
  const paragraphs = await page.evaluate(hanCoverage, 'p');
  const body = await page.evaluate(hanCoverage, 'body');
  const pct = (c: { covered: number; total: number }) => `${((100 * c.covered) / Math.max(1, c.total)).toFixed(1)}%`;
  console.log(`page:            ${server.url(SEED)}`);
  console.log(`data-dudong:     ${facts.kind}`);
  console.log(`ruby elements:   ${await page.evaluate(rubyCount, 'body')}`);
  console.log(`Han coverage:    ${pct(paragraphs)} of ${paragraphs.total} visible Han in <p>; ${pct(body)} of ${body.total} on the whole page`);
  console.log(`spam hidden:     ${facts.spamHidden} spans (the truth file marks ${truthSpans})`);
  console.log(`detector:        ${facts.detectMs.toFixed(1)} ms on the main thread`);
  console.log(`first ruby:      ${firstRubyMs.toFixed(0)} ms after navigation start (cold browser)`);
  console.log(`settled:         ${settledMs} ms after goto() was called`);
  console.log(`page errors:     ${page.errors.length ? page.errors.join('; ') : 'none'}`);
  console.log(`screenshot:      artifacts/demo-seed.png`);
  console.log(`tooltip:         ${tooltipShown ? 'artifacts/demo-tooltip.png (hovering 信访)' : 'did not appear'}`);
  await browser.close();
  await server.close();
}
