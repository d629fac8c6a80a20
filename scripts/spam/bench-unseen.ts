/**
 * The decision on farm styles it was never trained or tuned on (./unseen-styles.ts): headline
 * pieces by position and same-domain sentences pasted once, on short pages (≤ 400 Han characters:
 * the short hand-written articles and the corpus's short ones) and long ones (the corpus's held-out
 * half). Measuring only; a few minutes a split.
 *
 *   npx tsx scripts/spam/bench-unseen.ts [--split=heldout|fresh] [--parts] [--show]
 *
 * `--parts`: the pages of ./part-styles.ts instead (a whole headline part pasted at a sentence's
 * start, at a paragraph's end, between two sentences; session 18), on the hosts with a two-part headline.
 * `--phrases`: the pages of ./phrase-styles.ts instead (a phrase of the headline pasted into the
 * writer's sentences in five places; session 19); `--split=dev` is its tuning split.
 * `--inside`: the pages of ./inside-styles.ts instead (a 4–10 Han piece of the headline glued inside the
 * writer's sentence with no punctuation of its own; session 20); `--split=dev` is its tuning split.
 * `--clauses`: the pages of ./clause-piece-styles.ts instead (a 5–13 Han clause of the headline stuffed
 * into the writer's sentences in QA20's six places; session 21); `--split=dev` is its tuning split.
 *
 * Per host and style one page (three for short hosts), half of them with one farm address besides.
 * Printed per style and page size: pasted characters hidden / hidden or marked; real characters
 * hidden / marked on the pasted pages (beyond what the host gets clean) and on the hosts left clean; the precision–recall curve of
 * the kinds that score such pastes (pieces: `piece` and `headline`; sentences: `once` and `line`).
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { Curve } from './curves';
import { createNodeSpamTools } from './node-tools';
import { SHORT_HAN, unseenHosts, unseenPagesOf } from './unseen-hosts';
import { PART_POSITIONS, PART_SEEDS, partPagesOf } from './part-styles';
import { CLAUSE_POSITIONS, CLAUSE_SEEDS, clauseHosts, clausePagesOf } from './clause-piece-styles';
import { INSIDE_POSITIONS, INSIDE_SEEDS, insideHosts, insidePagesOf } from './inside-styles';
import { PHRASE_POSITIONS, PHRASE_SEEDS, phraseHosts, phrasePagesOf, type PhraseSplit } from './phrase-styles';
import { loadToTraditional } from './traditional';
import { PIECE_POSITIONS, UNSEEN_SEEDS, type UnseenSplit } from './unseen-styles';
import { excerpt, isSuspect } from './tally';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as UnseenSplit;
const tools = await createNodeSpamTools();
const cut = (text: string): string[] => tools.segmenter.cut(text);
const parts = args.includes('--parts');
const phrases = args.includes('--phrases');
const inside = args.includes('--inside');
const clauses = args.includes('--clauses');
const hosts = clauses ? clauseHosts(split as PhraseSplit) : inside ? insideHosts(split as PhraseSplit) : phrases ? phraseHosts(split as PhraseSplit) : unseenHosts(split);
const toTraditional = await loadToTraditional();

interface Count {
  pasted: number;
  hidden: number;
  marked: number;
  realHidden: number;
  realMarked: number;
  pages: number;
}
const counts = new Map<string, Count>();
const countOf = (key: string): Count => {
  const c = counts.get(key) ?? { pasted: 0, hidden: 0, marked: 0, realHidden: 0, realMarked: 0, pages: 0 };
  counts.set(key, c);
  return c;
};
const pieceCurve = new Curve('headline pieces (piece, headline kinds)', ['piece', 'headline'], 'title');
const sentenceCurve = new Curve('same-domain sentences pasted once (once, line kinds)', ['once', 'line'], 'sentence');
const realMarks: string[] = [];
const clean = { chars: 0, hidden: 0, marked: 0 };
const overlap = (s: SpamSpan, a: number, b: number): number => Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));

hosts.forEach((host, h) => {
  const cleanAnalysis = analyzeSpam(host.title, host.paragraphs, tools);
  // What the host already gets marked clean is counted once, there, not again on each of its pages.
  const hostMarks = new Set<string>();
  spansOf(cleanAnalysis).forEach((spans, p) => {
    for (const s of spans) {
      clean[isSuspect(s) ? 'marked' : 'hidden'] += s.end - s.start;
      hostMarks.add(host.paragraphs[p]?.slice(s.start, s.end) ?? '');
    }
  });
  clean.chars += host.paragraphs.join('').length;
  pieceCurve.add(host.paragraphs, host.paragraphs.map(() => []), host.paragraphs.map(() => []), cleanAnalysis.scored, true);
  sentenceCurve.add(host.paragraphs, host.paragraphs.map(() => []), host.paragraphs.map(() => []), cleanAnalysis.scored, true);
  const pages = clauses ? clausePagesOf(host, h, split as PhraseSplit, cut) : inside ? insidePagesOf(host, h, split as PhraseSplit, cut) : phrases ? phrasePagesOf(host, h, split as PhraseSplit, cut) : parts ? partPagesOf(host, h, split) : unseenPagesOf(host, h, split, cut);
  for (const { style, withMark, page: simplified, ...rest } of pages) {
    // A phrase page in Traditional characters is converted one character for one, so truth holds.
    const traditional = 'traditional' in rest && rest.traditional;
    const page = traditional ? { ...simplified, paragraphs: simplified.paragraphs.map(toTraditional) } : simplified;
    const analysis = analyzeSpam(traditional ? toTraditional(host.title) : host.title, page.paragraphs, tools);
    const found = spansOf(analysis);
    const family = [...PIECE_POSITIONS, ...PART_POSITIONS, ...PHRASE_POSITIONS, ...INSIDE_POSITIONS, ...CLAUSE_POSITIONS].includes(style as never) ? 'title' : 'sentence';
    const ofStyle = page.truth.map((spans) => spans.filter((t) => t[2] === family));
    (family === 'title' ? pieceCurve : sentenceCurve).add(page.paragraphs, page.truth.map((t) => [...t]), ofStyle.map((t) => [...t]), analysis.scored);
    for (const key of [`${style} ${host.short ? 'short' : 'long'}`, `${style} all`, `${family === 'title' ? 'pieces' : 'sentences'} ${withMark ? 'with a farm mark' : 'alone'}`, `${family === 'title' ? 'pieces' : 'sentences'} all`, ...(traditional ? ['pieces in Traditional'] : [])]) {
      const c = countOf(key);
      c.pages++;
      page.paragraphs.forEach((text, p) => {
        for (const [a, b] of ofStyle[p] ?? []) {
          c.pasted += b - a;
          for (const span of found[p] ?? []) {
            if (isSuspect(span)) c.marked += overlap(span, a, b);
            else {
              c.hidden += overlap(span, a, b);
              c.marked += overlap(span, a, b);
            }
          }
        }
        for (const span of found[p] ?? []) {
          const pasted = (page.truth[p] ?? []).reduce((k, [a, b]) => k + overlap(span, a, b), 0);
          const real = span.end - span.start - pasted;
          if (real <= 0 || (pasted === 0 && hostMarks.has(text.slice(span.start, span.end)))) continue;
          c[isSuspect(span) ? 'realMarked' : 'realHidden'] += real;
          if (key.endsWith(' all') && !key.startsWith('pieces') && !key.startsWith('sentences'))
            realMarks.push(`  ${style} ${isSuspect(span) ? 'marked' : 'HIDDEN'} ${span.family}: ${excerpt(text, span.start, span.end, 10)}`);
        }
      });
    }
  }
});

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
const seed = clauses ? CLAUSE_SEEDS[split as PhraseSplit] : inside ? INSIDE_SEEDS[split as PhraseSplit] : phrases ? PHRASE_SEEDS[split as PhraseSplit] : (parts ? PART_SEEDS : UNSEEN_SEEDS)[split];
console.log(`${clauses ? 'headline clauses stuffed into sentences' : inside ? 'headline pieces inside sentences' : phrases ? 'headline phrases' : parts ? 'headline parts' : 'unseen styles'}, ${split} (seed ${seed}): ${hosts.length} hosts (${hosts.filter((h) => h.short).length} short, ≤ ${SHORT_HAN} Han)`);
console.log('style / pages                       pages  pasted  hidden  hidden or marked   real chars hidden / marked');
for (const [key, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`  ${key.padEnd(32)} ${String(c.pages).padStart(5)} ${String(c.pasted).padStart(7)}  ${share(c.hidden, c.pasted)}   ${share(c.marked, c.pasted)}            ${c.realHidden} / ${c.realMarked}`);
console.log(`hosts clean (${clean.chars} chars): hidden ${clean.hidden}, marked ${clean.marked}`);
for (const curve of [pieceCurve, sentenceCurve]) {
  const rows = curve.rows();
  const best = (p: number, cleanToo: boolean): string =>
    rows.filter((r) => r.precision >= p && (!cleanToo || r.cleanHidden === 0)).reduce((m, r) => Math.max(m, r.recall), 0).toFixed(3);
  console.log(`\n${curve.print()}\n  best recall at precision ≥ 0.995 (nothing on the clean hosts): ${best(0.995, true)}; at ≥ 0.80 (the marked tier's rule): ${best(0.8, false)}`);
}
if (args.includes('--show')) console.log(realMarks.join('\n'));
