/**
 * One off-topic sentence pasted once (./offtopic23-styles.ts), with the writer's look-alikes.
 * Measuring only; dev is for building, held-out is read once a change is written.
 *
 *   npx tsx scripts/spam/bench-offtopic23.ts [--split=dev|heldout] [--show]
 *
 * Printed per place (Simplified / Traditional, and per look-alike kind): pasted characters hidden /
 * hidden or marked; real characters hidden / marked on the pages beyond what the host gets clean;
 * the hosts clean, hidden / marked. `--show` prints every span over real text and every paste missed.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { titleOf } from './between-styles';
import { reportedHosts } from './reported-styles';
import { OFFTOPIC23_SEEDS, offtopic23PagesOf, type Offtopic23Split } from './offtopic23-styles';
import { createNodeSpamTools } from './node-tools';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as Offtopic23Split;
const show = args.includes('--show');
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const hosts = reportedHosts(split);

interface Count {
  pages: number;
  pasted: number;
  hidden: number;
  marked: number;
  realHidden: number;
  realMarked: number;
}
const counts = new Map<string, Count>();
const countOf = (key: string): Count => {
  const c = counts.get(key) ?? { pages: 0, pasted: 0, hidden: 0, marked: 0, realHidden: 0, realMarked: 0 };
  counts.set(key, c);
  return c;
};
const overlap = (s: SpamSpan, a: number, b: number): number => Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
const clean = { chars: 0, hidden: 0, marked: 0 };
const lines: string[] = [];

hosts.forEach((host, h) => {
  const hostMarks = new Set<string>();
  for (const traditional of [false, true]) {
    const convert = (t: string): string => (traditional ? toTraditional(t) : t);
    const paragraphs = host.paragraphs.map(convert);
    spansOf(analyzeSpam(convert(host.title), paragraphs, tools)).forEach((spans, p) => {
      for (const s of spans) {
        clean[isSuspect(s) ? 'marked' : 'hidden'] += s.end - s.start;
        hostMarks.add(paragraphs[p]?.slice(s.start, s.end) ?? '');
      }
    });
    clean.chars += paragraphs.join('').length;
  }
  for (const page of offtopic23PagesOf(host, h, split, toTraditional)) {
    const found = spansOf(analyzeSpam(titleOf(host, page, toTraditional), page.paragraphs, tools));
    const keys = [`${page.place} ${page.traditional ? 'trad' : 'simp'}`, `${page.place} all`, ...(page.place === 'lookalike' ? [`lookalike ${page.kind}`] : [])];
    for (const key of keys) {
      const c = countOf(key);
      const detail = key === keys[1];
      c.pages++;
      page.paragraphs.forEach((text, p) => {
        for (const [a, b] of page.truth[p] ?? []) {
          c.pasted += b - a;
          const spans = found[p] ?? [];
          for (const span of spans) {
            c.marked += overlap(span, a, b);
            if (!isSuspect(span)) c.hidden += overlap(span, a, b);
          }
          if (show && detail && !spans.some((s) => overlap(s, a, b) > 0)) lines.push(`  missed ${page.place}: ${excerpt(text, a, b, 12)}`);
        }
        for (const span of found[p] ?? []) {
          const pasted = (page.truth[p] ?? []).reduce((k, [a, b]) => k + overlap(span, a, b), 0);
          const real = span.end - span.start - pasted;
          if (real <= 0 || (pasted === 0 && hostMarks.has(text.slice(span.start, span.end)))) continue;
          c[isSuspect(span) ? 'realMarked' : 'realHidden'] += real;
          if (show && detail) lines.push(`  real ${isSuspect(span) ? 'marked' : 'HIDDEN'} ${span.family} (${page.place} ${page.kind}): ${excerpt(text, span.start, span.end, 10)}`);
        }
      });
    }
  }
});

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
console.log(`off-topic sentences pasted once, ${split} (seed ${OFFTOPIC23_SEEDS[split]}): ${hosts.length} hosts (${hosts.filter((x) => x.short).length} short)`);
console.log('place                            pages  pasted  hidden  hidden or marked   real chars hidden / marked');
for (const [key, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`  ${key.padEnd(31)} ${String(c.pages).padStart(5)} ${String(c.pasted).padStart(7)}  ${share(c.hidden, c.pasted)}   ${share(c.marked, c.pasted)}            ${c.realHidden} / ${c.realMarked}`);
console.log(`hosts clean, Simplified and Traditional (${clean.chars} chars): hidden ${clean.hidden}, marked ${clean.marked}`);
if (show) console.log(lines.join('\n'));
