/**
 * npm run bench:perf — what Dudong costs the pages it reads, in Chromium, figures only (no assertions).
 *
 * Each run launches Chromium twice, without and with the built extension (.output/chrome-mv3), and
 * loads the same pages in the same order, each over the same fixed window with nothing polling inside
 * the page: the seed article (first in a fresh browser: cold, and in Chrome the language worker starts
 * for it; then again: warm), the English page, the
 * seed body ×30 (~100k characters; scrolled to the middle after the first window, then a second
 * window), and the seed once more right after Chrome stopped the idle service worker (see
 * `waitForIdleStop` in chromium.ts for why the bench waits for that instead of forcing it). Main-thread figures
 * are CDP Performance.getMetrics counters read after each window; long tasks come from a trace of the
 * page's renderer main thread; first ruby is when the first <ruby> entered the DOM (ms from navigation
 * start). Prints medians of BENCH_RUNS (default 3) and the unpacked size of the build.
 *
 *   npm run build && flock /work/coord/browser.lock npm run bench:perf
 *   BENCH_RUNS=5 BENCH_WINDOW_MS=6000 npm run bench:perf
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDLE_STOP_MS, backgroundHeap, launchChromium, measurePage, serviceWorkerStartedAt, waitForIdleStop, type PageFigures } from './chromium';
import { PAGES, hanCharacters, servePages, type PageName, type PageServer } from './pages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUT = resolve(process.env.DUDONG_EXT_OUTPUT ?? join(ROOT, '.output'));
const EXTENSION = join(OUTPUT, 'chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 6000);
const AFTER_SCROLL_MS = 2000;
/** Between launch and the first page: the browser's own start-up work settles (both runs alike). */
const SETTLE_MS = 1000;
/** BENCH_VERBOSE=1 prints what the extension logged during each load (its step timings). */
const VERBOSE = process.env.BENCH_VERBOSE === '1';

type Load = 'seed-cold' | 'seed-warm' | 'english' | 'long' | 'seed-after-stop';
const LOADS: Array<{ load: Load; page: PageName }> = [
  { load: 'seed-cold', page: 'seed' },
  { load: 'seed-warm', page: 'seed' },
  { load: 'english', page: 'english' },
  { load: 'long', page: 'long' },
  { load: 'seed-after-stop', page: 'seed' },
];

type Run = Record<Load, PageFigures> & { heapMB?: number; heapParts?: string; startHeapMB?: number; startHeapParts?: string; workerRestarted?: boolean };

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function oneRun(server: PageServer, withExtension: boolean): Promise<Run> {
  const bench = await launchChromium(withExtension ? EXTENSION : null);
  try {
    await sleep(SETTLE_MS);
    const run = {} as Run;
    if (withExtension) {
      // Before any page: what the extension holds in a browser that has shown no Chinese yet.
      const heap = await backgroundHeap(bench);
      run.startHeapMB = heap.contexts.reduce((sum, c) => sum + c.usedMB, 0);
      run.startHeapParts = heap.contexts.map((c) => `${c.type} ${c.usedMB.toFixed(1)} MB`).join(', ');
    }
    let loadStarted = 0;
    for (const { load, page } of LOADS) {
      if (load === 'seed-after-stop') await waitForIdleStop();
      loadStarted = Date.now();
      const windows = load === 'long' ? [WINDOW_MS, AFTER_SCROLL_MS] : [WINDOW_MS];
      run[load] = await measurePage(bench, server.url(page), windows, async (p) => {
        await p.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
      });
      const logged = bench.takeLog();
      if (VERBOSE && withExtension) {
        const steps = Object.entries(run[load].steps).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
        console.log(`  ${load}: first ruby ${ms(run[load].firstRubyMs ?? Number.NaN)} ms; page timeline: ${steps}\n${[...new Set(logged)].map((l) => `    ${l}`).join('\n')}`);
      }
    }
    if (withExtension) {
      // Was the worker really stopped and started again for the last load?
      const startedAt = await serviceWorkerStartedAt(bench);
      run.workerRestarted = startedAt !== null && startedAt > loadStarted - 1000;
      const heap = await backgroundHeap(bench);
      run.heapMB = heap.contexts.reduce((sum, c) => sum + c.usedMB, 0);
      run.heapParts = heap.contexts.map((c) => `${c.type} ${c.usedMB.toFixed(1)} MB`).join(', ');
    }
    return run;
  } finally {
    await bench.close();
  }
}

function median(xs: readonly number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(path) : statSync(path).size;
  }
  return total;
}

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)}` : '—');
const signed = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${Math.round(x)}` : '—');

function printTable(withRuns: Run[], withoutRuns: Run[]) {
  const rows: Array<[string, Load, number]> = [
    ['seed, cold (first page)', 'seed-cold', 0],
    ['seed, warm', 'seed-warm', 0],
    ['seed, after SW stop', 'seed-after-stop', 0],
    ['×30, until the scroll', 'long', 0],
    ['×30, 2 s after scroll', 'long', 1],
    ['English', 'english', 0],
  ];
  console.log(`\nmain thread, without → with Dudong (median of ${withRuns.length}; ms of CPU time of the page's renderer main thread, all tasks; wall = the longest task's wall-clock time)`);
  console.log('page                       | added task | added script | task with | layout+style with | longest task CPU with (without) | wall | tasks ≥50 ms CPU with (without) | first ruby');
  for (const [label, load, w] of rows) {
    const pick = (runs: Run[], f: (p: PageFigures) => number) => median(runs.map((r) => f(r[load])));
    const win = (p: PageFigures) => p.windows[w]!;
    const task = (runs: Run[]) => pick(runs, (p) => win(p).taskMs);
    const script = (runs: Run[]) => pick(runs, (p) => win(p).scriptMs);
    const longest = (runs: Run[]) => pick(runs, (p) => win(p).tasks.longestCpuMs);
    const longestWall = pick(withRuns, (p) => win(p).tasks.longestMs);
    const over50 = (runs: Run[]) => pick(runs, (p) => win(p).tasks.over50);
    const layout = pick(withRuns, (p) => win(p).layoutMs + win(p).styleMs);
    const first = w === 0 && load !== 'english' ? pick(withRuns, (p) => p.firstRubyMs ?? Number.NaN) : Number.NaN;
    console.log(
      `${label.padEnd(26)} | ${signed(task(withRuns) - task(withoutRuns)).padStart(10)} | ${signed(script(withRuns) - script(withoutRuns)).padStart(12)} | ` +
        `${ms(task(withRuns)).padStart(9)} | ${ms(layout).padStart(17)} | ${`${ms(longest(withRuns))} (${ms(longest(withoutRuns))})`.padStart(31)} | ` +
        `${ms(longestWall).padStart(4)} | ${`${ms(over50(withRuns))} (${ms(over50(withoutRuns))})`.padStart(31)} | ${w === 0 && load !== 'english' ? `${ms(first)} ms` : ''}`,
    );
  }
  console.log('  tasks ≥50 ms without Dudong are the page\'s own (its first layout); `npx tsx scripts/perf/long-tasks.ts` lists what each long task ran');
  console.log(`  service worker stopped by Chrome (${IDLE_STOP_MS / 1000} s idle) and started again for "after SW stop": [${withRuns.map((r) => (r.workerRestarted ? 'yes' : 'NO')).join(', ')}]`);
  for (const load of ['seed-cold', 'seed-warm', 'seed-after-stop'] as const) {
    console.log(`  first ruby ${load}: [${withRuns.map((r) => ms(r[load].firstRubyMs ?? Number.NaN)).join(', ')}] ms`);
  }
  const english = withRuns.map((r) => r.english.rubies);
  console.log(`  rubies on the English page: [${english.join(', ')}]; on the ×30 page after the scroll: [${withRuns.map((r) => r.long.rubies).join(', ')}]`);
  console.log(`background heap after the run (JS heap + array buffers, every extension context): median ${median(withRuns.map((r) => r.heapMB ?? Number.NaN)).toFixed(1)} MB`);
  for (const r of withRuns) console.log(`  ${r.heapParts}`);
  console.log(`background heap at browser start, before any page: median ${median(withRuns.map((r) => r.startHeapMB ?? Number.NaN)).toFixed(1)} MB`);
  for (const r of withRuns) console.log(`  ${r.startHeapParts}`);
}

const server = await servePages();
const withRuns: Run[] = [];
const withoutRuns: Run[] = [];
try {
  console.log(`bench:perf — ${EXTENSION}, ${RUNS} runs, windows of ${WINDOW_MS} ms (×30 page: + ${AFTER_SCROLL_MS} ms after the scroll)`);
  console.log(`pages: seed ${hanCharacters(PAGES.seed)} Han characters, ×30 ${hanCharacters(PAGES.long)}, English ${hanCharacters(PAGES.english)}`);
  for (let i = 0; i < RUNS; i++) {
    withoutRuns.push(await oneRun(server, false));
    withRuns.push(await oneRun(server, true));
    console.log(`run ${i + 1}/${RUNS} done`);
  }
} finally {
  await server.close();
}
printTable(withRuns, withoutRuns);
const size = directorySize(EXTENSION);
console.log(`\nunpacked size: ${(size / 1e6).toFixed(2)} MB (${size} bytes, ${EXTENSION})`);
