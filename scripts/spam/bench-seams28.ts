/**
 * Runs of many classes pasted inside and between the writer's sentences (./seams28-styles.ts), read
 * by the whole decision. Measuring only: dev is for building, held-out is read once a change is written.
 *
 *   npx tsx scripts/spam/bench-seams28.ts [--split=dev|heldout] [--show] [--hosts=N]
 *
 * Printed: pasted characters hidden / hidden or marked per place, per class and per class group
 * (session 25's site lines; session 28's own everyday kinds); the writer's look-alikes' characters
 * hidden / marked; other real characters hidden / marked on the pasted pages beyond what the clean
 * host gets; the clean hosts (Simplified and Traditional) hidden / marked; ms a page.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import type { Split } from './inject';
import { LINES25_KINDS } from './lines25-wordings';
import { createNodeSpamTools } from './node-tools';
import { seams28Hosts, seams28Page, PAGES_PER_HOST } from './seams28-styles';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'dev') as Split;
const show = args.includes('--show');
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const cut = (t: string): string[] => tools.segmenter.cut(t);
const hosts = seams28Hosts(split).slice(0, Number(option('hosts') ?? 1e9));

interface Count { pasted: number; hidden: number; marked: number }
const counts = new Map<string, Count>();
const add = (key: string, pasted: number, hidden: number, marked: number): void => {
  const c = counts.get(key) ?? { pasted: 0, hidden: 0, marked: 0 };
  c.pasted += pasted;
  c.hidden += hidden;
  c.marked += marked;
  counts.set(key, c);
};
const overlap = (s: SpamSpan, a: number, b: number): number => Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
const look = { chars: 0, hidden: 0, marked: 0 };
const real = { hidden: 0, marked: 0 };
const clean = { chars: 0, hidden: 0, marked: 0 };
const lines: string[] = [];
let pages = 0;
let ms = 0;

hosts.forEach((host, h) => {
  const hostMarks = new Set<string>();
  for (const traditional of [false, true]) {
    const convert = (t: string): string => (traditional ? toTraditional(t) : t);
    const paragraphs = host.paragraphs.map(convert);
    spansOf(analyzeSpam(convert(host.title), paragraphs, tools)).forEach((spans, p) => {
      for (const s of spans) {
        clean[isSuspect(s) ? 'marked' : 'hidden'] += s.end - s.start;
        hostMarks.add(paragraphs[p]?.slice(s.start, s.end) ?? '');
        if (show && !isSuspect(s)) lines.push(`  clean HIDDEN ${s.family}: ${excerpt(paragraphs[p] ?? '', s.start, s.end, 10)}`);
      }
    });
    clean.chars += paragraphs.join('').length;
  }
  for (let n = 0; n < PAGES_PER_HOST; n++) {
    const page = seams28Page(host, h, n, split, cut, toTraditional);
    if (!page) continue;
    const t0 = performance.now();
    const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools));
    ms += performance.now() - t0;
    pages++;
    for (const paste of page.pastes) {
      const spans = found[paste.paragraph] ?? [];
      const len = paste.end - paste.start;
      const marked = spans.reduce((k, s) => k + overlap(s, paste.start, paste.end), 0);
      const hidden = spans.filter((s) => !isSuspect(s)).reduce((k, s) => k + overlap(s, paste.start, paste.end), 0);
      const group = (LINES25_KINDS as readonly string[]).includes(paste.cls) ? 'group lines25' : 'group own28';
      for (const key of [`place ${paste.place}`, `place ${paste.place} ${page.traditional ? 'trad' : 'simp'}`, `class ${paste.cls}`, group, 'all']) add(key, len, hidden, marked);
      if (show && marked === 0) lines.push(`  missed ${paste.cls} ${paste.place}: ${excerpt(page.paragraphs[paste.paragraph] ?? '', paste.start, paste.end, 10)}`);
    }
    if (page.lookalike) look.chars += page.lookalike.end - page.lookalike.start;
    page.paragraphs.forEach((text, p) => {
      for (const span of found[p] ?? []) {
        const pasted = (page.truth[p] ?? []).reduce((k, [a, b]) => k + Math.max(0, Math.min(b, span.end) - Math.max(a, span.start)), 0);
        const la = page.lookalike && page.lookalike.paragraph === p ? overlap(span, page.lookalike.start, page.lookalike.end) : 0;
        const rest = span.end - span.start - pasted - la;
        const tier = isSuspect(span) ? 'marked' : 'hidden';
        if (la > 0) {
          look[tier] += la;
          if (show) lines.push(`  lookalike ${tier} ${span.family}: ${excerpt(text, span.start, span.end, 10)}`);
        }
        if (rest > 0 && !(pasted === 0 && la === 0 && hostMarks.has(text.slice(span.start, span.end)))) {
          real[tier] += rest;
          if (show) lines.push(`  real ${tier} ${span.family}: ${excerpt(text, span.start, span.end, 10)}`);
        }
      }
    });
  }
});

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
console.log(`seams28 ${split}: ${hosts.length} hosts, ${pages} pages, ${(ms / Math.max(1, pages)).toFixed(0)} ms a page (whole decision)`);
console.log('key                          pasted  hidden  hidden or marked');
for (const [key, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${key.padEnd(26)} ${String(c.pasted).padStart(6)}  ${share(c.hidden, c.pasted)}   ${share(c.marked, c.pasted)}`);
console.log(`look-alikes (${look.chars} writer's chars): hidden ${look.hidden}, marked ${look.marked}`);
console.log(`other real chars on pasted pages: hidden ${real.hidden}, marked ${real.marked}`);
console.log(`hosts clean, Simplified and Traditional (${clean.chars} chars): hidden ${clean.hidden}, marked ${clean.marked}`);
if (show) console.log(lines.join('\n'));
