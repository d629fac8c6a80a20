/**
 * The README's learner screenshot: the seed page in Chromium with Dudong, a few common words marked
 * known (no reading over them), words underlined by HSK band, and the tooltip over 书记 showing its
 * HSK bands, the glossary note, the reader's own note and the known-word button.
 * Needs `npm run build` and a CJK font. Writes assets/screenshots/learner-tooltip.png.
 *
 * Usage: npx tsx scripts/screenshot-learner.ts
 */
import { launch } from '../tests/e2e/browsers';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { pointOverRuby, rubyOfWord } from '../tests/e2e/real-hover';

const OUTPUT = 'assets/screenshots/learner-tooltip.png';
const KNOWN = ['我们', '一个', '这个', '他们', '时候', '工作', '群众', '问题', '领导', '年', '的', '了', '在', '是', '和', '也', '都', '就', '有'];

const server = await startFixtureServer();
const browser = await launch('chromium');
try {
  // A function built from source: tsx's transform would wrap an inline one in a `__name` helper the
  // extension's worker does not have.
  const setUp = new Function(
    'state',
    `return Promise.all([chrome.storage.local.set(state.local), chrome.storage.sync.set(state.sync)]);`,
  ) as (state: object) => Promise<void>;
  await browser.evaluateInExtension(setUp, {
    local: {
      'learner.knownWords': [...KNOWN].sort(),
      'learner.notes': { 书记: { text: '县委书记 = county party secretary: the real boss, above the county head.', updatedAt: Date.now() } },
    },
    sync: { 'learner.levelMarks': 'underline' },
  });
  const page = await browser.newPage();
  const url = server.url('seed-page.html');
  await page.goto(url);
  await page.waitFor(() => document.querySelector('ruby.dudong[data-dudong-word="书记"]') !== null, undefined, 30000);
  await page.evaluate(pointOverRuby, rubyOfWord('书记'));
  await page.evaluate(new Function('window.scrollBy(0, -Math.round(innerHeight * 0.4))') as () => void);
  // Paragraphs coming into view are written now and move the text: let them settle.
  await new Promise((ok) => setTimeout(ok, 2000));
  // The word low on the screen, so the whole tooltip fits above it.
  const lowered = new Function(
    'word',
    `const ruby = [...document.querySelectorAll('ruby.dudong[data-dudong-word="' + word + '"]')].find((r) => r.getClientRects().length > 0);
     const rect = ruby.getClientRects()[0];
     return { x: rect.left + rect.width / 2, y: rect.bottom - 6 };`,
  ) as (word: string) => { x: number; y: number };
  const { x, y } = await page.evaluate(lowered, '书记');
  await page.mouseMove(5, 5);
  await page.mouseMove(x, y);
  // The tooltip is read from outside only by the e2e tests (tooltipText's injected function cannot
  // run from a tsx script); here the lookup has a second and a half, and the picture shows the rest.
  await new Promise((ok) => setTimeout(ok, 1500));
  await page.screenshot(OUTPUT);
  const known = await page.evaluate(new Function('return document.querySelectorAll("ruby.dudong[data-dudong-known]").length') as () => number);
  console.log(`wrote ${OUTPUT} (${known} rubies of known words on the page)`);
} finally {
  await browser.close();
  await server.close();
}
