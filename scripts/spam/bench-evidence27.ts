/**
 * Headline pieces and page evidence (session 27, issue 12): the shipped pipeline on the piece
 * generators' pages with the farm's other habits added (./evidence27-styles.ts), and on bench:spam's
 * own farm pages (./inject.ts: the inventory style, and the words style, which pastes nothing else).
 * Per generator and per habit: headline pieces pasted, hidden, hidden or marked; the writer's
 * title-family characters hidden and marked (on farm pages and on look-alike / clean pages). Every
 * title character hidden that no farm pasted is a real one lost.
 *
 * `--rows=FILE` writes one row per marked or hidden title span (generator, habit, the page's evidence:
 * spans other families hid, confidence, pasted and real characters) and one per headline piece
 * candidate of the decision (its own reading, the page prior, its probability, the tier its text got),
 * for choosing a level by leave-one-generator-out without running the pipeline again.
 *
 *   npx tsx scripts/spam/bench-evidence27.ts [--split=dev|heldout] [--only=rotation25,pieces23,inventory,words] [--every=N] [--rows=FILE] [--show]
 *
 * Tuning reads --split=dev only; held-out is reported.
 */
import { writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { DECISION_MODEL, probability } from '../../src/spam/score';
import { pageEvidence, evidenceBesides } from '../../src/spam/page-evidence';
import type { SpamSpan } from '../../src/spam/types';
import { generatorRun, loadCorpus, splitOf } from './corpus';
import type { Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { injectSpam } from './inject';
import { newsSentences } from './paste-styles';
import { PIECES23_HABITS, PIECES23_SEEDS, pieces23Page, topicHeadline } from './pieces23-styles';
import { ROTATION25_SEEDS, rotation25Pages } from './rotation25-styles';
import { withOtherHabits, type Span27 } from './evidence27-styles';
import { isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as 'dev' | 'heldout';
const every = Number(option('every') ?? 1);
const only = option('only')?.split(',');
const rowsFile = option('rows');
const show = args.includes('--show');
const wanted = (gen: string): boolean => !only || only.includes(gen);

const tools = await createNodeSpamTools();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const segment = (text: string): string[] => tools.segmenter.cut(text);
const toTraditional = await loadToTraditional();
const genTools = { tag, segment, isKnownWord: tools.isKnownWord ?? (() => false), toTraditional };

export interface Evidence27Row {
  gen: string;
  habit: string;
  farm: boolean;
  /** Spans other families hid on the page (./page-evidence.ts evidenceBesides, title left out). */
  evidence: number;
  tier: SpamSpan['tier'];
  confidence: number;
  reason: string;
  pasted: number;
  real: number;
  text: string;
}
const rows: Evidence27Row[] = [];
export interface Evidence27Candidate {
  gen: string;
  habit: string;
  farm: boolean;
  evidence: number;
  /** The piece model's reading before the page prior, the page prior, the candidate's probability. */
  own: number;
  stuffed: number;
  probability: number;
  walked: boolean;
  /** The tier its text got from the whole pipeline ('' for none), and its characters pasted / real. */
  tier: string;
  pasted: number;
  real: number;
  text: string;
}
const candidates: Evidence27Candidate[] = [];
interface Count {
  pages: number;
  pasted: number;
  hidden: number;
  hm: number;
  realHidden: number;
  realMarked: number;
}
const counts = new Map<string, Count>();
const countOf = (key: string): Count => {
  const c = counts.get(key) ?? { pages: 0, pasted: 0, hidden: 0, hm: 0, realHidden: 0, realMarked: 0 };
  counts.set(key, c);
  return c;
};
const falseHides: string[] = [];

function read(gen: string, habit: string, farm: boolean, title: string, paragraphs: readonly string[], truth: readonly (readonly Span27[])[]): void {
  const analysis = analyzeSpam(title, paragraphs, tools);
  const found = spansOf(analysis);
  const evidence = evidenceBesides(pageEvidence([found]), ['title']);
  for (const c of analysis.scored) {
    const [p, start, end] = c.places[0] ?? [0, 0, 0];
    if (c.kind !== 'piece') continue;
    const isTitle = (i: number): boolean => (truth[p] ?? []).some(([a, b, f]) => f === 'title' && a <= i && i < b);
    const isPasted = (i: number): boolean => (truth[p] ?? []).some(([a, b]) => a <= i && i < b);
    let pasted = 0;
    let real = 0;
    for (let i = start; i < end; i++) {
      if (isTitle(i)) pasted++;
      else if (!isPasted(i)) real++;
    }
    const got = (found[p] ?? []).find((s) => s.start <= start && end <= s.end);
    candidates.push({ gen, habit, farm, evidence, own: probability(DECISION_MODEL.piece, c.features), stuffed: analysis.stuffed, probability: c.probability, walked: c.walked === true, tier: got ? got.tier : '', pasted, real, text: (paragraphs[p] ?? '').slice(start, end) });
  }
  const keys = [`${gen} all`, `${gen} ${habit}`, `${gen} ${farm ? 'farm pages' : 'look-alike/clean pages'}`, `all ${evidence >= 2 ? 'evidence 2+' : evidence === 1 ? 'evidence 1' : 'evidence 0'}`];
  const cs = keys.map(countOf);
  for (const c of cs) c.pages++;
  found.forEach((spans, p) => {
    const text = paragraphs[p] ?? '';
    const titles = (truth[p] ?? []).filter((t) => t[2] === 'title');
    const isPasted = (i: number): boolean => (truth[p] ?? []).some(([a, b]) => a <= i && i < b);
    const isTitle = (i: number): boolean => titles.some(([a, b]) => a <= i && i < b);
    for (const [a, b] of titles) {
      let hidden = 0;
      let hm = 0;
      for (let i = a; i < b; i++) {
        const s = spans.find((f) => f.start <= i && i < f.end);
        if (s && !isSuspect(s)) hidden++;
        if (s) hm++;
      }
      for (const c of cs) {
        c.pasted += b - a;
        c.hidden += hidden;
        c.hm += hm;
      }
    }
    for (const s of spans) {
      if (s.family !== 'title') continue;
      let pasted = 0;
      let real = 0;
      for (let i = s.start; i < s.end; i++) {
        if (isTitle(i)) pasted++;
        else if (!isPasted(i)) real++;
      }
      for (const c of cs) c[isSuspect(s) ? 'realMarked' : 'realHidden'] += real;
      if (!isSuspect(s) && real > 0) falseHides.push(`  ${gen}/${habit} ${farm ? 'farm' : 'clean'} (${real}) ${s.reason}: ${text.slice(Math.max(0, s.start - 10), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 10)}`);
      rows.push({ gen, habit, farm, evidence, tier: s.tier, confidence: s.confidence, reason: s.reason, pasted, real, text: text.slice(s.start, s.end) });
    }
  });
}

const docs = loadCorpus();
const run = generatorRun(split);
const donors = newsSentences(docs.filter((d) => splitOf(d.url) === run.pools));
let articleIndex = -1;
docs.forEach((doc, index) => {
  if (splitOf(doc.url) !== split) return;
  articleIndex++;
  if (articleIndex % every !== 0) return;
  if (wanted('rotation25')) {
    for (const [k, page] of rotation25Pages(doc, index, ROTATION25_SEEDS[split], genTools).entries()) {
      const truth = page.paragraphs.map((_, p) => page.pastes.filter((x) => x.paragraph === p).map((x): Span27 => [x.start, x.end, 'title']));
      const added = withOtherHabits({ title: page.title, paragraphs: page.paragraphs, truth }, ROTATION25_SEEDS[split] * 100003 + index * 13 + k, segment);
      read('rotation25', added.habit, page.kind === 'farm', added.title, added.paragraphs, added.truth);
    }
  }
  if (wanted('pieces23')) {
    const seed = PIECES23_SEEDS[split];
    const topic = topicHeadline(doc.paragraphs, tag, seed * 1000 + index);
    for (const [k, title] of [doc.title, topic].entries()) {
      if (!title) continue;
      const added = withOtherHabits({ title, paragraphs: doc.paragraphs, truth: doc.paragraphs.map(() => []) }, seed * 100003 + index * 13 + 7 + k, segment);
      read('pieces23', added.habit, false, added.title, added.paragraphs, added.truth);
    }
    PIECES23_HABITS.forEach((habit, h) => {
      const page = pieces23Page(doc, seed * 100000 + index * 10 + h, segment, habit);
      if (!page) return;
      const truth = page.truth.map((spans) => spans.map(([a, b]): Span27 => [a, b, 'title']));
      const added = withOtherHabits({ title: page.title, paragraphs: page.paragraphs, truth }, seed * 100003 + index * 13 + h, segment);
      read('pieces23', added.habit, true, added.title, added.paragraphs, added.truth);
    });
  }
  // bench:spam's own pages (its first variant per article), and its words style.
  for (const [gen, seed, style] of [['inventory', run.seed, run.headlineStyle], ['words', run.wordsSeed, 'words']] as const) {
    if (!wanted(gen)) continue;
    const page = injectSpam(doc, seed * 100000 + index * 10, run.pools, segment, style, { donors });
    if (!page.truth.some((spans) => spans.some((s) => s[2] === 'title'))) continue;
    const whole = (s: [number, number, string]): boolean => s[2] === 'title' && s[1] - s[0] === page.title.length && page.title.length >= 8;
    // The whole headline's copies are another kind's; its pieces are what is measured here.
    const truth = page.truth.map((spans) => spans.map(([a, b, f]): Span27 => [a, b, whole([a, b, f]) ? 'sentence' : f]));
    const families = [...new Set(page.truth.flat().map((s) => s[2]).filter((f) => f !== 'title'))];
    read(gen, families.length ? 'other families' : 'pieces only', true, page.title, page.paragraphs, truth);
  }
});

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
console.log(`evidence27 ${split}${every > 1 ? ` (every ${every}th article)` : ''}: headline pieces pasted, hidden, hidden or marked; writer's title characters hidden / marked`);
for (const [key, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${key.padEnd(40)} ${String(c.pages).padStart(5)} pages ${String(c.pasted).padStart(6)}  ${share(c.hidden, c.pasted)}  ${share(c.hm, c.pasted)}   ${c.realHidden} / ${c.realMarked}`);
if (show) console.log(falseHides.join('\n'));
if (rowsFile) writeFileSync(rowsFile, JSON.stringify({ spans: rows, candidates }));
