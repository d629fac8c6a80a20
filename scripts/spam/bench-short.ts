/**
 * Short hand-written articles (tests/fixtures/short-articles.ts) with headline pieces and off-topic
 * sentences pasted in: the shape of QA's never-seen farm pages, where the project's generator makes
 * long corpus pages. Measuring only; ~1 minute a split.
 *
 *   npx tsx scripts/spam/bench-short.ts [--split=dev|heldout|fresh] [--pages=6]
 *
 * Per article and page number, one page of pieces (one to seven pastes of a headline word or a 2–5
 * character stretch of one headline part, at a word boundary between two Han characters) and one
 * page of off-topic sentences (one or two, after a full stop, inside a quotation when the stop closes
 * one). The paste style was written before anything was measured and is not tuned. Printed: pasted
 * characters hidden / hidden or marked, real characters hidden / marked on those pages and on the
 * clean articles, and how well each score and the removal evidence sort pasted from real candidates.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { DECISION_MODEL } from '../../src/spam/score';
import type { SpamSpan } from '../../src/spam/types';
import { OFFTOPIC_SENTENCES, SHORT_ARTICLES, type ShortArticle } from '../../tests/fixtures/short-articles';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as ShortArticle['split'];
const pagesPerArticle = Number(option('pages') ?? 6);
const tools = await createNodeSpamTools();
const HAN = /\p{Script=Han}/u;

type Paste = [paragraph: number, start: number, end: number];
interface Pasted {
  paragraphs: string[];
  truth: Paste[];
}

/** Headline words of two characters or more, and three random 2–5 character stretches of each part. */
function piecesOf(title: string, random: () => number): string[] {
  const out: string[] = [];
  for (const part of title.split(/\s+/u)) {
    out.push(...tools.segmenter.cut(part).filter((w) => w.length >= 2 && [...w].every((c) => HAN.test(c))));
    for (let k = 0; k < 3; k++) {
      const length = 2 + Math.floor(random() * 4);
      const from = Math.floor(random() * Math.max(1, part.length - length));
      const text = part.slice(from, from + length);
      if (text.length >= 2 && [...text].every((c) => HAN.test(c))) out.push(text);
    }
  }
  return out;
}

function paste(paragraphs: readonly string[], inserts: [number, number, string][]): Pasted {
  const out = [...paragraphs];
  const truth: Paste[] = [];
  for (let p = 0; p < out.length; p++) {
    const here = inserts.filter(([q]) => q === p).sort((a, b) => a[1] - b[1]);
    const text = out[p] ?? '';
    let built = '';
    let from = 0;
    for (const [, at, s] of here) {
      if (at < from) continue;
      built += text.slice(from, at);
      truth.push([p, built.length, built.length + s.length]);
      built += s;
      from = at;
    }
    out[p] = built + text.slice(from);
  }
  return { paragraphs: out, truth };
}

function pastePieces(article: ShortArticle, random: () => number): Pasted {
  const pieces = piecesOf(article.title, random);
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(random() * xs.length)];
  const inserts: [number, number, string][] = [];
  const count = 1 + Math.floor(random() * 7);
  for (let k = 0; k < count; k++) {
    const p = Math.floor(random() * article.paragraphs.length);
    const text = article.paragraphs[p] ?? '';
    const bounds: number[] = [];
    let at = 0;
    for (const word of tools.segmenter.cut(text)) {
      at += word.length;
      if (at > 2 && at < text.length - 2 && HAN.test(text.charAt(at - 1)) && HAN.test(text.charAt(at))) bounds.push(at);
    }
    const where = pick(bounds);
    const piece = pick(pieces);
    if (where !== undefined && piece && !inserts.some(([q, w]) => q === p && w === where)) inserts.push([p, where, piece]);
  }
  return paste(article.paragraphs, inserts);
}

function pasteOfftopic(article: ShortArticle, random: () => number): Pasted {
  const pool = OFFTOPIC_SENTENCES[article.split];
  const inserts: [number, number, string][] = [];
  const count = 1 + Math.floor(random() * 2);
  for (let k = 0; k < count; k++) {
    const p = Math.floor(random() * article.paragraphs.length);
    const text = article.paragraphs[p] ?? '';
    // After a full stop; where the stop closes a quotation, inside it (before the ”).
    const places = [...text.matchAll(/。/gu)].map((m) => (m.index ?? 0) + 1);
    const where = places[Math.floor(random() * places.length)] ?? text.length;
    const sentence = pool[Math.floor(random() * pool.length)] ?? '';
    if (!inserts.some(([q, w]) => q === p && w === where)) inserts.push([p, where, sentence]);
  }
  return paste(article.paragraphs, inserts);
}

function auc(positives: readonly number[], negatives: readonly number[]): number {
  let wins = 0;
  for (const a of positives) for (const b of negatives) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return positives.length && negatives.length ? wins / positives.length / negatives.length : NaN;
}

const covered = (spans: readonly SpamSpan[], start: number, end: number, tier?: SpamSpan['tier']): number =>
  spans.filter((s) => !tier || s.tier === tier).reduce((n, s) => n + Math.max(0, Math.min(end, s.end) - Math.max(start, s.start)), 0);

const totals = { pieces: 0, piecesHidden: 0, piecesMarked: 0, offtopic: 0, offtopicHidden: 0, offtopicMarked: 0, realHidden: 0, realMarked: 0, cleanHidden: 0, cleanMarked: 0, cleanChars: 0 };
const evidence = new Map<string, { pasted: number[]; real: number[] }>();
const note = (name: string, pasted: boolean, value: number): void => {
  const entry = evidence.get(name) ?? { pasted: [], real: [] };
  (pasted ? entry.pasted : entry.real).push(value);
  evidence.set(name, entry);
};
const realMarks: string[] = [];
const column = (name: string): number => DECISION_MODEL.piece.features.indexOf(name);

SHORT_ARTICLES.forEach((article, index) => {
  if (article.split !== split) return;
  const clean = spansOf(analyzeSpam(article.title, article.paragraphs, tools));
  clean.forEach((spans, p) => {
    totals.cleanHidden += covered(spans, 0, Infinity, 'hidden');
    totals.cleanMarked += covered(spans, 0, Infinity, 'suspect');
    for (const s of spans) realMarks.push(`  clean ${s.tier} ${s.family} ${article.paragraphs[p]?.slice(s.start, s.end)}`);
  });
  totals.cleanChars += article.paragraphs.join('').length;
  for (let n = 0; n < pagesPerArticle; n++) {
    for (const kind of ['pieces', 'offtopic'] as const) {
      const random = createRandom(1400 + index * 100 + n * 2 + (kind === 'pieces' ? 0 : 1));
      const page = kind === 'pieces' ? pastePieces(article, random) : pasteOfftopic(article, random);
      const analysis = analyzeSpam(article.title, page.paragraphs, tools);
      const found = spansOf(analysis);
      const isPasted = (p: number, start: number, end: number): boolean => page.truth.some(([q, a, b]) => q === p && a <= start && end <= b);
      for (const [p, start, end] of page.truth) {
        totals[kind] += end - start;
        totals[`${kind}Hidden`] += covered(found[p] ?? [], start, end, 'hidden');
        totals[`${kind}Marked`] += covered(found[p] ?? [], start, end);
      }
      found.forEach((spans, p) => {
        for (const s of spans) {
          const pasted = page.truth.filter(([q]) => q === p).reduce((k, [, a, b]) => k + Math.max(0, Math.min(b, s.end) - Math.max(a, s.start)), 0);
          const real = s.end - s.start - pasted;
          if (real <= 0) continue;
          totals[s.tier === 'hidden' ? 'realHidden' : 'realMarked'] += real;
          realMarks.push(`  ${kind} ${s.tier} ${s.family} ${page.paragraphs[p]?.slice(s.start, s.end)}`);
        }
      });
      for (const c of analysis.scored) {
        const [p = 0, start = 0, end = 0] = c.places[0] ?? [];
        const pasted = isPasted(p, start, end);
        if (kind === 'pieces' && c.kind === 'piece') {
          note('piece: probability', pasted, c.probability);
          note('piece: probability / P(stuffed)', pasted, analysis.stuffed > 0 ? c.probability / analysis.stuffed : 0);
          note('piece: localRemoval', pasted, c.features[column('localRemoval')] ?? 0);
          note('piece: clauseRemoval', pasted, c.features[column('clauseRemoval')] ?? 0);
        }
        if (kind === 'offtopic' && c.kind === 'line') note('line: probability', pasted, c.probability);
      }
      if (kind === 'pieces') note('page: P(stuffed), pieces pages vs clean', true, analysis.stuffed);
    }
  }
  note('page: P(stuffed), pieces pages vs clean', false, analyzeSpam(article.title, article.paragraphs, tools).stuffed);
});

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '-');
console.log(`short articles, ${split}: ${SHORT_ARTICLES.filter((a) => a.split === split).length} articles, ${pagesPerArticle} pages of each kind per article`);
console.log(`  headline pieces: ${totals.pieces} chars, hidden ${share(totals.piecesHidden, totals.pieces)}, hidden or marked ${share(totals.piecesMarked, totals.pieces)}`);
console.log(`  off-topic sentences: ${totals.offtopic} chars, hidden ${share(totals.offtopicHidden, totals.offtopic)}, hidden or marked ${share(totals.offtopicMarked, totals.offtopic)}`);
console.log(`  real chars on pasted pages: hidden ${totals.realHidden}, marked ${totals.realMarked}`);
console.log(`  clean articles: ${totals.cleanChars} chars, hidden ${totals.cleanHidden}, marked ${totals.cleanMarked}`);
console.log('  AUC, pasted against real candidates:');
for (const [name, { pasted, real }] of evidence) console.log(`    ${name}: ${auc(pasted, real).toFixed(3)} (${pasted.length} / ${real.length})`);
if (realMarks.length) console.log(['  real text hidden or marked:', ...realMarks].join('\n'));
