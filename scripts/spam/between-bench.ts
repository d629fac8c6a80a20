/**
 * The one loop of the benchmarks that paste a sentence into a writer's paragraphs (./bench-between.ts,
 * ./bench-sentences22.ts, ./bench-offtopic23.ts): each host is read clean first (Simplified and
 * Traditional), then every page made from it. Per key (a style or place, by script and in all):
 * pasted characters hidden / hidden or marked, and real characters hidden / marked on the pasted
 * pages beyond what the host gets clean (a span over real text only is not counted when the clean
 * host got the same text). `show` lists, for each page's detail key, every paste missed and every
 * span over real text.
 */
import { analyzeSpam, spansOf, type SpamTools } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import type { BetweenHost } from './between-styles';
import { createNodeSpamTools } from './node-tools';
import { excerpt, isSuspect, type TruthSpan } from './tally';

export interface PastedPage {
  traditional: boolean;
  paragraphs: string[];
  truth: readonly (readonly TruthSpan[])[];
}

/** Where a page is counted, and how its misses and real hides are named under `show`. */
export interface PageKeys {
  keys: string[];
  /** The key whose misses and real hides `show` lists (each is listed once, not per key). */
  detail: string;
  missed: string;
  real: string;
}

export interface BetweenBench<Page extends PastedPage> {
  /** The first line, what and which split. */
  heading: string;
  /** The first column's name ('style', 'place') and width. */
  column: string;
  width: number;
  hosts: readonly BetweenHost[];
  pagesOf: (host: BetweenHost, h: number, tools: SpamTools) => Page[];
  titleOf: (host: BetweenHost, page: Page) => string;
  keysOf: (page: Page) => PageKeys;
  toTraditional: (text: string) => string;
  show: boolean;
}

interface Count {
  pages: number;
  pasted: number;
  hidden: number;
  marked: number;
  realHidden: number;
  realMarked: number;
}

const overlap = (s: SpamSpan, a: number, b: number): number => Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');

export async function runBetweenBench<Page extends PastedPage>(bench: BetweenBench<Page>, tools?: SpamTools): Promise<void> {
  const spamTools = tools ?? (await createNodeSpamTools());
  const counts = new Map<string, Count>();
  const countOf = (key: string): Count => {
    const c = counts.get(key) ?? { pages: 0, pasted: 0, hidden: 0, marked: 0, realHidden: 0, realMarked: 0 };
    counts.set(key, c);
    return c;
  };
  const clean = { chars: 0, hidden: 0, marked: 0 };
  const lines: string[] = [];

  bench.hosts.forEach((host, h) => {
    // What the clean host gets (a writer's own marks): the same text marked on a pasted page is not the paste's doing.
    const hostMarks = new Set<string>();
    for (const traditional of [false, true]) {
      const convert = (t: string): string => (traditional ? bench.toTraditional(t) : t);
      const paragraphs = host.paragraphs.map(convert);
      spansOf(analyzeSpam(convert(host.title), paragraphs, spamTools)).forEach((spans, p) => {
        for (const s of spans) {
          clean[isSuspect(s) ? 'marked' : 'hidden'] += s.end - s.start;
          hostMarks.add(paragraphs[p]?.slice(s.start, s.end) ?? '');
        }
      });
      clean.chars += paragraphs.join('').length;
    }
    for (const page of bench.pagesOf(host, h, spamTools)) {
      const found = spansOf(analyzeSpam(bench.titleOf(host, page), page.paragraphs, spamTools));
      const { keys, detail, missed, real: realLabel } = bench.keysOf(page);
      for (const key of keys) {
        const c = countOf(key);
        const listed = bench.show && key === detail;
        c.pages++;
        page.paragraphs.forEach((text, p) => {
          for (const [a, b] of page.truth[p] ?? []) {
            c.pasted += b - a;
            const spans = found[p] ?? [];
            for (const span of spans) {
              c.marked += overlap(span, a, b);
              if (!isSuspect(span)) c.hidden += overlap(span, a, b);
            }
            if (listed && !spans.some((s) => overlap(s, a, b) > 0)) lines.push(`  missed ${missed}: ${excerpt(text, a, b, 12)}`);
          }
          for (const span of found[p] ?? []) {
            const pasted = (page.truth[p] ?? []).reduce((k, [a, b]) => k + overlap(span, a, b), 0);
            const real = span.end - span.start - pasted;
            if (real <= 0 || (pasted === 0 && hostMarks.has(text.slice(span.start, span.end)))) continue;
            c[isSuspect(span) ? 'realMarked' : 'realHidden'] += real;
            if (listed) lines.push(`  real ${isSuspect(span) ? 'marked' : 'HIDDEN'} ${span.family} (${realLabel}): ${excerpt(text, span.start, span.end, 10)}`);
          }
        });
      }
    }
  });

  console.log(bench.heading);
  console.log(`${bench.column.padEnd(bench.width + 2)}pages  pasted  hidden  hidden or marked   real chars hidden / marked`);
  for (const [key, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`  ${key.padEnd(bench.width)} ${String(c.pages).padStart(5)} ${String(c.pasted).padStart(7)}  ${share(c.hidden, c.pasted)}   ${share(c.marked, c.pasted)}            ${c.realHidden} / ${c.realMarked}`);
  console.log(`hosts clean, Simplified and Traditional (${clean.chars} chars): hidden ${clean.hidden}, marked ${clean.marked}`);
  if (bench.show) console.log(lines.join('\n'));
}
