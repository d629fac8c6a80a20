/**
 * One sentence pasted once into a writer's paragraph (./between-styles.ts: an ad written as a
 * sentence, another news item, a moralising filler), on corpus and short hand-written hosts.
 * Measuring only; dev is for building, held-out and fresh are read once a change is written.
 *
 *   npx tsx scripts/spam/bench-between.ts [--split=dev|heldout|fresh] [--show]
 *   npx tsx scripts/spam/bench-between.ts --generator=reported [--split=dev|heldout] [--show]
 *   npx tsx scripts/spam/bench-between.ts --generator=generic [--split=dev|heldout] [--show]
 *
 * `--generator=reported`: another story's news item opened by a reporting connective, in five
 * places (./reported-styles.ts), instead of the between styles. `--generator=generic`: the farm's
 * generic filler dressed as news (advice, reminders, blurbs, ads), in five places (./generic-styles.ts).
 *
 * Printed per style (and Simplified / Traditional): pasted characters hidden / hidden or marked;
 * real characters hidden / marked on the pasted pages beyond what the host gets clean; the hosts
 * left clean, hidden / marked. `--show` prints every span over real text and every paste missed.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { BETWEEN_SEEDS, betweenHosts, betweenPagesOf, titleOf, type BetweenHost, type BetweenPage, type BetweenSplit } from './between-styles';
import { GENERIC_SEEDS, genericPagesOf, type GenericPage, type GenericSplit } from './generic-styles';
import { REPORTED_SEEDS, reportedHosts, reportedPagesOf, type ReportedPage, type ReportedSplit } from './reported-styles';
import { createNodeSpamTools } from './node-tools';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as BetweenSplit;
const show = args.includes('--show');
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const reported = args.includes('--generator=reported');
const generic = args.includes('--generator=generic');
const hosts = reported || generic ? reportedHosts(split as ReportedSplit) : betweenHosts(split);
type Page = BetweenPage | ReportedPage | GenericPage;
/** A page of any generator: its style (or place) and the truth of what was pasted. */
const pagesOf = (host: BetweenHost, h: number): Page[] =>
  reported
    ? reportedPagesOf(host, h, split as ReportedSplit, toTraditional)
    : generic
      ? genericPagesOf(host, h, split as GenericSplit, toTraditional)
      : betweenPagesOf(host, h, split, toTraditional);
const styleOf = (page: Page): string => ('place' in page ? page.place : page.style);

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
  for (const page of pagesOf(host, h)) {
    const style = styleOf(page);
    const found = spansOf(analyzeSpam(titleOf(host, page, toTraditional), page.paragraphs, tools));
    for (const key of [`${style} ${page.traditional ? 'trad' : 'simp'}`, `${style} all`, 'all']) {
      const c = countOf(key);
      c.pages++;
      page.paragraphs.forEach((text, p) => {
        for (const [a, b] of page.truth[p] ?? []) {
          c.pasted += b - a;
          const spans = found[p] ?? [];
          for (const span of spans) {
            c.marked += overlap(span, a, b);
            if (!isSuspect(span)) c.hidden += overlap(span, a, b);
          }
          if (show && key === 'all' && !spans.some((s) => overlap(s, a, b) > 0)) lines.push(`  missed ${style}: ${excerpt(text, a, b, 12)}`);
        }
        for (const span of found[p] ?? []) {
          const pasted = (page.truth[p] ?? []).reduce((k, [a, b]) => k + overlap(span, a, b), 0);
          const real = span.end - span.start - pasted;
          if (real <= 0 || (pasted === 0 && hostMarks.has(text.slice(span.start, span.end)))) continue;
          c[isSuspect(span) ? 'realMarked' : 'realHidden'] += real;
          if (show && key === 'all') lines.push(`  real ${isSuspect(span) ? 'marked' : 'HIDDEN'} ${span.family} (${style}): ${excerpt(text, span.start, span.end, 10)}`);
        }
      });
    }
  }
});

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
const seed = reported ? REPORTED_SEEDS[split as ReportedSplit] : generic ? GENERIC_SEEDS[split as GenericSplit] : BETWEEN_SEEDS[split];
const what = reported ? 'as a reported item' : generic ? 'as generic filler' : 'between sentences';
console.log(`pasted once ${what}, ${split} (seed ${seed}): ${hosts.length} hosts (${hosts.filter((x) => x.short).length} short)`);
console.log('style                       pages  pasted  hidden  hidden or marked   real chars hidden / marked');
for (const [key, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`  ${key.padEnd(26)} ${String(c.pages).padStart(5)} ${String(c.pasted).padStart(7)}  ${share(c.hidden, c.pasted)}   ${share(c.marked, c.pasted)}            ${c.realHidden} / ${c.realMarked}`);
console.log(`hosts clean, Simplified and Traditional (${clean.chars} chars): hidden ${clean.hidden}, marked ${clean.marked}`);
if (show) console.log(lines.join('\n'));
