/**
 * The writer's short clause before (and after) a line pasted after a comma (./heads29-styles.ts), read by the
 * whole decision. The precision measure: the writer's inserted characters hidden (the bar is 0). Also printed:
 * pasted characters hidden / hidden or marked per place, other real characters hidden on the pages beyond what
 * the clean host gets. Measuring only: frozen before the finder changed; held-out read only to report.
 *
 *   npx tsx scripts/spam/bench-heads29.ts [--split=dev|heldout] [--every=N] [--per-place=N] [--show]
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { heads29Pages } from './heads29-styles';
import type { Split } from './inject';
import { createNodeSpamTools } from './node-tools';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'dev') as Split;
const show = args.includes('--show');
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const pages = heads29Pages(split, toTraditional, Number(option('every') ?? 1), Number(option('per-place') ?? 1));

const overlap = (s: SpamSpan, a: number, b: number): number => Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
interface Count { pasted: number; hidden: number; marked: number; writers: number; writersHidden: number; writersMarked: number; pages: number }
const counts = new Map<string, Count>();
const add = (key: string, c: Partial<Count>): void => {
  const to = counts.get(key) ?? { pasted: 0, hidden: 0, marked: 0, writers: 0, writersHidden: 0, writersMarked: 0, pages: 0 };
  for (const k of Object.keys(c) as (keyof Count)[]) to[k] += c[k] ?? 0;
  counts.set(key, to);
};
const hostSpans = new Map<string, Set<string>>();
const real = { hidden: 0, marked: 0 };
const lines: string[] = [];
let ms = 0;

for (const { host, page } of pages) {
  const key = `${host.title}|${page.traditional}`;
  if (!hostSpans.has(key)) {
    const paragraphs = host.paragraphs.map((t) => (page.traditional ? toTraditional(t) : t));
    const seen = new Set<string>();
    spansOf(analyzeSpam(page.title, paragraphs, tools)).forEach((spans, p) => spans.forEach((s) => seen.add(paragraphs[p]?.slice(s.start, s.end) ?? '')));
    hostSpans.set(key, seen);
  }
  const t0 = performance.now();
  const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools));
  ms += performance.now() - t0;
  const keys = [`place ${page.place}`, `place ${page.place} ${page.traditional ? 'trad' : 'simp'}`, 'all'];
  for (const k of keys) add(k, { pages: 1 });
  page.truth.forEach((spans, p) =>
    spans.forEach(([a, b]) => {
      const f = found[p] ?? [];
      const hidden = f.filter((s) => !isSuspect(s)).reduce((k, s) => k + overlap(s, a, b), 0);
      const marked = f.reduce((k, s) => k + overlap(s, a, b), 0);
      for (const k of keys) add(k, { pasted: b - a, hidden, marked });
      if (show && !marked) lines.push(`  missed ${page.place} ${page.cls}: ${excerpt(page.paragraphs[p] ?? '', a, b, 12)}`);
    }),
  );
  for (const [p, a, b] of page.writers) {
    const f = found[p] ?? [];
    const hidden = f.filter((s) => !isSuspect(s)).reduce((k, s) => k + overlap(s, a, b), 0);
    const marked = f.filter(isSuspect).reduce((k, s) => k + overlap(s, a, b), 0);
    for (const k of keys) add(k, { writers: b - a, writersHidden: hidden, writersMarked: marked });
    if (show && hidden) lines.push(`  WRITER'S HIDDEN ${page.place}: ${excerpt(page.paragraphs[p] ?? '', a, b, 30)}`);
  }
  // Other real characters: spans outside the insertion's parts, unless the clean host has the same span.
  page.paragraphs.forEach((text, p) => {
    for (const s of found[p] ?? []) {
      const inside = (page.truth[p] ?? []).reduce((k, [a, b]) => k + Math.max(0, Math.min(b, s.end) - Math.max(a, s.start)), 0) + page.writers.filter(([q]) => q === p).reduce((k, [, a, b]) => k + overlap(s, a, b), 0);
      const rest = s.end - s.start - inside;
      if (rest <= 0 || hostSpans.get(key)?.has(text.slice(s.start, s.end))) continue;
      real[isSuspect(s) ? 'marked' : 'hidden'] += rest;
      if (show && !isSuspect(s)) lines.push(`  other real HIDDEN ${page.place}: ${excerpt(text, s.start, s.end, 12)}`);
    }
  });
}

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
console.log(`heads29 ${split}: ${pages.length} pages, ${(ms / Math.max(1, pages.length)).toFixed(0)} ms a page (whole decision)`);
console.log('key                     pages  pasted  hidden   H|M   writer\'s chars  hidden  marked');
for (const [key, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`  ${key.padEnd(22)} ${String(c.pages).padStart(4)}  ${String(c.pasted).padStart(6)}  ${share(c.hidden, c.pasted)}  ${share(c.marked, c.pasted)}  ${String(c.writers).padStart(8)}  ${String(c.writersHidden).padStart(6)}  ${String(c.writersMarked).padStart(6)}`);
console.log(`other real chars on the pages beyond the clean host: hidden ${real.hidden}, marked ${real.marked}`);
if (show) console.log(lines.join('\n'));
