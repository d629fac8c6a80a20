/**
 * Reader latency and main-thread cost, printed as figures (no assertions):
 *  - time from navigation start to the first ruby inside the viewport on the seed page, with the
 *    background cold (fresh browser; in Chromium also a stopped service worker) and warm;
 *  - the detector's own time (its `dudong:detect` performance measure) on the seed page (on an English
 *    page Dudong writes nothing, that measure included);
 *  - Chromium: main-thread script and task time (CDP Performance.getMetrics) with and without Dudong.
 *
 *   npm run bench:reader            (uses .output; build first)
 *   BENCH_RUNS=5 npm run bench:reader
 */
import { launch, type BrowserName, type ExtensionBrowser, type TestPage } from '../tests/e2e/browsers';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/fixture-server';
import { WATCH_FIRST_VISIBLE_RUBY, firstVisibleRubyMs, waitForAnnotationToSettle } from '../tests/e2e/page-probes';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BROWSERS = (process.env.DUDONG_E2E_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];
const SEED = 'seed-page.html';
const ENGLISH = 'english-news.html';
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms  [${xs.map((x) => x.toFixed(0)).join(', ')}]`;

async function timeToFirstRuby(browser: ExtensionBrowser, server: FixtureServer): Promise<number> {
  const page = await browser.newPage();
  await page.addInitScript(WATCH_FIRST_VISIBLE_RUBY);
  await page.goto(server.url(SEED));
  try {
    await page.waitFor(firstVisibleRubyMs, undefined, 30000);
    return (await page.evaluate(firstVisibleRubyMs)) ?? NaN;
  } catch {
    return NaN;
  } finally {
    await page.close();
  }
}

async function detectorMs(page: TestPage): Promise<number> {
  await page.waitFor(() => document.documentElement.hasAttribute('data-dudong'));
  return page.evaluate(() => performance.getEntriesByName('dudong:detect')[0]?.duration ?? NaN);
}

async function benchLatency(name: BrowserName, server: FixtureServer) {
  const cold: number[] = [];
  const warm: number[] = [];
  const restarted: number[] = [];
  const detectSeed: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const browser = await launch(name);
    try {
      cold.push(await timeToFirstRuby(browser, server));
      warm.push(await timeToFirstRuby(browser, server));
      // Only the seed page: on an English page Dudong writes nothing the page could read, its own
      // measure included; its cost there shows in the main-thread figures below.
      const page = await browser.newPage();
      await page.goto(server.url(SEED));
      detectSeed.push(await detectorMs(page));
      await page.close();
      if (browser.stopBackground && (await browser.stopBackground())) {
        await sleep(500);
        restarted.push(await timeToFirstRuby(browser, server));
      }
    } finally {
      await browser.close();
    }
  }
  console.log(`\n${name}: navigation start → first visible ruby on the seed page (${RUNS} runs)`);
  console.log(`  cold (fresh browser):       ${fmt(cold)}`);
  if (restarted.length) console.log(`  service worker stopped:     ${fmt(restarted)}`);
  console.log(`  warm (second load):         ${fmt(warm)}`);
  console.log(`${name}: detector main-thread time (performance measure 'dudong:detect')`);
  console.log(`  seed page:                  median ${median(detectSeed).toFixed(1)} ms  [${detectSeed.map((x) => x.toFixed(1)).join(', ')}]`);
  console.log(`  English page:               not measured this way (Dudong leaves no trace there; see the main-thread figures)`);
}

/** Chromium: renderer main-thread ScriptDuration/TaskDuration for a page load, with and without Dudong. */
async function benchMainThread(server: FixtureServer) {
  const rows: string[] = [];
  for (const fixture of [SEED, ENGLISH]) {
    const figures: Record<'with' | 'without', { script: number[]; task: number[] }> = {
      with: { script: [], task: [] },
      without: { script: [], task: [] },
    };
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['without', 'with'] as const) {
        const browser = await launch('chromium', { withoutExtension: mode === 'without' });
        try {
          // One throwaway load so the figures exclude first-run browser start-up work.
          const warmup = await browser.newPage();
          await warmup.goto(server.url(ENGLISH));
          await warmup.close();
          const page = await browser.newPage();
          const before = await page.metrics!();
          await page.goto(server.url(fixture));
          if (mode === 'with' && fixture === SEED) await waitForAnnotationToSettle(page);
          else await sleep(2000);
          const after = await page.metrics!();
          figures[mode].script.push(1000 * ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)));
          figures[mode].task.push(1000 * ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)));
          await page.close();
        } finally {
          await browser.close();
        }
      }
    }
    const d = (k: 'script' | 'task') => {
      const diff = median(figures.with[k]) - median(figures.without[k]);
      return `${diff >= 0 ? '+' : ''}${diff.toFixed(0)}`;
    };
    rows.push(
      `  ${fixture.padEnd(18)} script ${median(figures.without.script).toFixed(0)} → ${median(figures.with.script).toFixed(0)} ms (${d('script')}), ` +
        `all main-thread tasks ${median(figures.without.task).toFixed(0)} → ${median(figures.with.task).toFixed(0)} ms (${d('task')})`,
    );
  }
  console.log(`\nchromium: main-thread time for one page load without → with Dudong (CDP Performance.getMetrics, median of ${RUNS}; seed page: until annotation of the first screen settles, English: 2 s)`);
  for (const row of rows) console.log(row);
}

const server = await startFixtureServer();
try {
  for (const name of BROWSERS) await benchLatency(name, server);
  if (BROWSERS.includes('chromium')) await benchMainThread(server);
} finally {
  await server.close();
}
