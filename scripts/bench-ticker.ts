/**
 * What a live ticker costs with Dudong installed: tests/fixtures/hostile/ticker-article.html
 * rewrites a paragraph every 50 ms. Each browser is launched without and with the extension, the
 * page left 4 s to settle (Dudong reads the article and gives up on the ticker), then the CPU time
 * of the browser's whole process tree (page, extension's service worker or background page, GPU and
 * browser processes) is read from /proc over a 10 s window. The difference is Dudong's share, in %
 * of one core. Chromium also reports the page's main-thread task time (CDP Performance.getMetrics).
 *
 * `npm run build && npx tsx scripts/bench-ticker.ts [--rounds=3] [--browsers=chromium,firefox]`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { launch, type BrowserName } from '../tests/e2e/browsers';
import { startFixtureServer } from '../tests/e2e/fixture-server';

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string]));
const ROUNDS = Number(args.get('rounds') ?? 3);
const BROWSERS = (args.get('browsers') ?? 'chromium,firefox').split(',') as BrowserName[];
const SETTLE_MS = 4000;
const WINDOW_MS = 10_000;
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

interface Proc {
  pid: number;
  ppid: number;
  ticks: number;
  cmdline: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      out.push({ pid: Number(entry), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), cmdline });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** CPU ticks used so far by the browser started for this run: every process under its root. */
function browserTicks(name: BrowserName, since: Set<number>): number {
  const all = processes();
  const executable = name === 'chromium' ? '/usr/lib/chromium/chromium' : 'firefox-esr';
  // The browser's root: a process of the browser started after the bench began, whose parent is not one.
  const fresh = all.filter((p) => !since.has(p.pid) && p.cmdline.includes(executable));
  const freshPids = new Set(fresh.map((p) => p.pid));
  const roots = fresh.filter((p) => !freshPids.has(p.ppid));
  const tree = new Set(roots.map((p) => p.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0);
}

async function measure(name: BrowserName, withExtension: boolean, url: string): Promise<{ cpu: number; mainThread?: number }> {
  const before = new Set(processes().map((p) => p.pid));
  const browser = await launch(name, { withoutExtension: !withExtension });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await sleep(SETTLE_MS);
    const metrics0 = await page.metrics?.();
    const ticks0 = browserTicks(name, before);
    await sleep(WINDOW_MS);
    const ticks1 = browserTicks(name, before);
    const metrics1 = await page.metrics?.();
    const cpu = ((ticks1 - ticks0) / TICKS_PER_SECOND / (WINDOW_MS / 1000)) * 100;
    const mainThread = metrics0 && metrics1 ? (((metrics1.TaskDuration ?? 0) - (metrics0.TaskDuration ?? 0)) / (WINDOW_MS / 1000)) * 100 : undefined;
    return { cpu, mainThread };
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pct = (value: number) => `${value.toFixed(1)}%`;

const server = await startFixtureServer();
const url = server.url('hostile/ticker-article.html');
try {
  for (const name of BROWSERS) {
    const runs: Record<'without' | 'with', Array<{ cpu: number; mainThread?: number }>> = { without: [], with: [] };
    for (let round = 0; round < ROUNDS; round++) {
      runs.without.push(await measure(name, false, url));
      runs.with.push(await measure(name, true, url));
    }
    const cpu = { without: median(runs.without.map((r) => r.cpu)), with: median(runs.with.map((r) => r.cpu)) };
    let line = `${name}: ticker page, CPU of one core over ${WINDOW_MS / 1000} s (median of ${ROUNDS}): without ${pct(cpu.without)}, with Dudong ${pct(cpu.with)}, Dudong adds ${pct(cpu.with - cpu.without)}`;
    const main = runs.with.every((r) => r.mainThread !== undefined) && runs.without.every((r) => r.mainThread !== undefined);
    if (main) {
      const without = median(runs.without.map((r) => r.mainThread!));
      const withDudong = median(runs.with.map((r) => r.mainThread!));
      line += `; page main thread ${pct(without)} → ${pct(withDudong)}`;
    }
    console.log(line);
  }
} finally {
  await server.close();
}
