/**
 * Chromium under CDP for bench:perf (puppeteer-core: it reaches every target, the extension's service
 * worker and offscreen document included). Nothing polls inside the measured page: counters are read
 * over CDP after each window, long tasks come from a trace, and the first ruby is stamped by one
 * MutationObserver that both runs (with and without Dudong) install alike.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type ConsoleMessage, type Page, type Target } from 'puppeteer-core';
import { mainThreadTasks, type TaskFigures } from './trace';

export interface BenchBrowser {
  browser: Browser;
  withExtension: boolean;
  /** What the extension's own contexts logged (its `[dudong]` timing lines), oldest first; taken by `takeLog`. */
  takeLog(): string[];
  close(): Promise<void>;
}

export async function launchChromium(extensionDir: string | null): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'dudong-perf-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    // Both runs allow extensions, so the only difference is Dudong itself.
    enableExtensions: extensionDir ? [extensionDir] : true,
    defaultViewport: { width: 1200, height: 900 },
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const log: string[] = [];
  const started = Date.now();
  const hooked = new WeakSet<Target>();
  /**
   * Collects the `[dudong]` lines of the offscreen document and its language worker. The service
   * worker is left alone: DevTools attached to it would keep it from being stopped when idle.
   */
  const listen = async (target: Target) => {
    if (hooked.has(target) || !target.url().startsWith('chrome-extension://') || target.type() === 'service_worker') return;
    hooked.add(target);
    const page = await target.asPage().catch(() => null);
    if (!page) return;
    const record = (message: ConsoleMessage) => {
      if (message.text().startsWith('[dudong]')) log.push(`${String(Date.now() - started).padStart(6)} ms  ${message.text()}`);
    };
    page.on('console', record);
    page.on('workercreated', (w) => w.on('console', record));
    for (const w of page.workers()) w.on('console', record);
  };
  browser.on('targetcreated', (target: Target) => void listen(target));
  browser.on('targetchanged', (target: Target) => void listen(target));
  return {
    browser,
    withExtension: extensionDir !== null,
    takeLog: () => log.splice(0),
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Stamps `window.__firstRuby` (ms since navigation start) when the first <ruby> enters the DOM. */
const FIRST_RUBY_STAMP = `(() => {
  new MutationObserver((_records, observer) => {
    if (!document.querySelector('ruby')) return;
    window.__firstRuby = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();`;

export interface WindowFigures {
  /** Renderer main-thread time in the window (Performance.getMetrics), ms. */
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  tasks: TaskFigures;
}

export interface PageFigures {
  windows: WindowFigures[];
  firstRubyMs: number | null;
  /** Dudong's own marks on the page's timeline (detector end, reader steps), ms from navigation start. */
  steps: Record<string, number>;
  rubies: number;
  /** What `describe` made of the trace (long-tasks.ts). */
  described?: string;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function counters(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function readTrace(cdp: CDPSession): Promise<Uint8Array> {
  const done = new Promise<string>((ok) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => ok(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  const chunks: Buffer[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    chunks.push(Buffer.from(data, base64Encoded ? 'base64' : 'utf8'));
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return Buffer.concat(chunks);
}

/**
 * Loads `url` in a new tab and measures fixed windows: `windowsMs[0]` from the start of navigation,
 * then for each later window `between(page)` runs first (e.g. a scroll) and the window follows.
 */
export async function measurePage(
  bench: BenchBrowser,
  url: string,
  windowsMs: readonly number[],
  between?: (page: Page) => Promise<void>,
  describe?: (trace: Uint8Array, origin: string) => string,
): Promise<PageFigures> {
  const page = await bench.browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.evaluateOnNewDocument(FIRST_RUBY_STAMP);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: [
        'toplevel',
        'disabled-by-default-devtools.timeline',
        // Script, style and layout events inside tasks: only for a breakdown (they add tracing overhead).
        ...(describe ? ['devtools.timeline', 'v8.execute', 'blink.user_timing'] : []),
      ], recordMode: 'recordContinuously' },
  });
  const marks: string[] = [];
  const windows: Array<{ before: Record<string, number>; after: Record<string, number> }> = [];
  for (let i = 0; i < windowsMs.length; i++) {
    if (i > 0) await between?.(page);
    const syncId = `window-${i}`;
    marks.push(syncId);
    await cdp.send('Tracing.recordClockSyncMarker', { syncId });
    const before = await counters(cdp);
    if (i === 0) void page.goto(url, { waitUntil: 'load' }).catch(() => {});
    await sleep(windowsMs[i]!);
    windows.push({ before, after: await counters(cdp) });
  }
  await cdp.send('Tracing.recordClockSyncMarker', { syncId: 'end' });
  const trace = await readTrace(cdp);
  const origin = new URL(url).origin;
  const bounds = syncTimes(trace, [...marks, 'end']);
  const firstRubyMs = await page.evaluate(() => (window as unknown as { __firstRuby?: number }).__firstRuby ?? null);
  const rubies = await page.evaluate(() => document.querySelectorAll('ruby').length);
  const steps = await page.evaluate(() => {
    const out: Record<string, number> = {};
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) Object.assign(out, { 'DOMContentLoaded': nav.domContentLoadedEventEnd, load: nav.loadEventEnd });
    for (const e of performance.getEntries()) if (e.name.startsWith('dudong:')) out[e.name.slice(7)] = e.startTime + e.duration;
    return out;
  });
  await page.close();
  return {
    firstRubyMs,
    steps,
    rubies,
    described: describe?.(trace, origin),
    windows: windows.map(({ before, after }, i) => {
      const d = (key: string) => 1000 * ((after[key] ?? 0) - (before[key] ?? 0));
      return {
        taskMs: d('TaskDuration'),
        scriptMs: d('ScriptDuration'),
        layoutMs: d('LayoutDuration'),
        styleMs: d('RecalcStyleDuration'),
        tasks: mainThreadTasks(trace, origin, bounds ? { fromUs: bounds[i]!, toUs: bounds[i + 1]! } : undefined),
      };
    }),
  };
}

/** Trace timestamps (µs) of the clock-sync markers, in order; null when one is missing. */
function syncTimes(trace: Uint8Array, ids: readonly string[]): number[] | null {
  const { traceEvents } = JSON.parse(new TextDecoder().decode(trace)) as {
    traceEvents: Array<{ name: string; ts: number; args?: { sync_id?: string } }>;
  };
  const at = new Map<string, number>();
  for (const e of traceEvents) if (e.name === 'clock_sync' && e.args?.sync_id) at.set(e.args.sync_id, e.ts);
  const times = ids.map((id) => at.get(id));
  return times.every((t) => t !== undefined) ? (times as number[]) : null;
}

/**
 * Chrome stops an extension's service worker after 30 s without events. Forcing the stop over CDP
 * (ServiceWorker.stopAllWorkers, Target.closeTarget) is not the same thing once an extension page is
 * open (Dudong's offscreen document): Chromium 156 then no longer wakes the stopped worker for a
 * content script's message, which its own idle stop does. So the bench lets Chrome stop it: no tab
 * open, no DevTools attached to the worker, `IDLE_STOP_MS` of nothing.
 */
export const IDLE_STOP_MS = 40_000;

export async function waitForIdleStop(): Promise<void> {
  await sleep(IDLE_STOP_MS);
}

/** When the extension's service worker last started (epoch ms), or null without one. Attaches DevTools to it. */
export async function serviceWorkerStartedAt(bench: BenchBrowser): Promise<number | null> {
  const target = bench.browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const worker = await target?.worker().catch(() => null);
  if (!worker) return null;
  return worker.evaluate(() => performance.timeOrigin).catch(() => null);
}

export interface HeapFigures {
  /** JS heap in use, per extension context (service worker, offscreen document, workers), MB. */
  contexts: Array<{ type: string; url: string; usedMB: number }>;
}

/** JS heap of every extension context, after a garbage collection. */
export async function backgroundHeap(bench: BenchBrowser): Promise<HeapFigures> {
  const contexts: HeapFigures['contexts'] = [];
  for (const target of bench.browser.targets()) {
    if (!target.url().startsWith('chrome-extension://')) continue;
    const session = await target.createCDPSession().catch(() => null);
    if (!session) continue;
    try {
      await session.send('HeapProfiler.collectGarbage').catch(() => {});
      const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number; embedderHeapUsedSize?: number };
      contexts.push({ type: target.type(), url: target.url(), usedMB: (usage.usedSize + (usage.backingStorageSize ?? 0)) / 1e6 });
    } finally {
      await session.detach().catch(() => {});
    }
  }
  return { contexts };
}
