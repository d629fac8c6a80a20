/**
 * What separates a pasted headline word from the writer's own: per-feature AUC of the headline
 * piece candidates (src/spam/features-headline.ts PIECE_FEATURES) and of the page-level stuffing
 * features, on pages of one headline style against the same articles clean (under their own and a
 * news-style headline: a writer repeats the headline's words). Measuring only; by default on the
 * dev articles, the ones the decision may be tuned on.
 *
 *   npx tsx scripts/spam/piece-auc.ts                       words style, dev articles
 *   npx tsx scripts/spam/piece-auc.ts --style=inventory --split=heldout
 *   npx tsx scripts/spam/piece-auc.ts --style=few --split=heldout   one to three pieces a page
 */
import * as jieba from 'jieba-wasm';
import { analyzeSpam } from '../../src/spam/index';
import { PIECE_FEATURES } from '../../src/spam/features-headline';
import { STUFFING_FEATURES } from '../../src/spam/features-stuffing';
import { generatorRun, loadCorpus, splitOf, type BenchSplit } from './corpus';
import { labelOf } from './dev-examples';
import type { HeadlineStyle } from './headline-farm';
import { newsHeadline } from './headlines';
import { injectSpam } from './inject';
import { createNodeSpamTools } from './node-tools';
import type { TruthSpan } from './tally';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') as BenchSplit | undefined) ?? 'dev';
const style = (option('style') as HeadlineStyle | undefined) ?? 'words';
const run = generatorRun(split);

/** Area under the ROC curve of one score (ties count half). */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  const all = [...positives.map((x) => [x, 1] as const), ...negatives.map((x) => [x, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rank = 0;
  let sumPositive = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]?.[0] === all[i]?.[0]) j++;
    const mid = rank + (j - i + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]?.[1] === 1) sumPositive += mid;
    rank += j - i;
    i = j;
  }
  const n1 = positives.length;
  const n0 = negatives.length;
  return n1 && n0 ? (sumPositive - (n1 * (n1 + 1)) / 2) / (n1 * n0) : 0.5;
}

async function main(): Promise<void> {
  const tools = await createNodeSpamTools();
  const segment = (text: string): string[] => tools.segmenter.cut(text);
  const tag = (text: string): { word: string; tag: string }[] => jieba.tag(text, true) as { word: string; tag: string }[];
  const pasted: number[][] = [];
  const written: number[][] = [];
  const writtenOnClean: number[][] = [];
  const pages: { stuffing: number[]; stuffed: number; label: 0 | 1 }[] = [];
  const seed = style === 'words' ? run.wordsSeed : style === 'few' ? run.fewSeed : style === 'sparse' ? run.sparseSeed : run.seed;
  loadCorpus().forEach((doc, index) => {
    if (splitOf(doc.url) !== run.articles) return;
    const news = { ...doc, title: newsHeadline(doc.paragraphs, tag, index) };
    for (const source of [doc, news]) {
      const clean = analyzeSpam(source.title, source.paragraphs, tools);
      pages.push({ stuffing: clean.stuffing, stuffed: clean.stuffed, label: 0 });
      for (const c of clean.scored) if (c.kind === 'piece' && c.features[PIECE_FEATURES.indexOf('pieces')] === 0) writtenOnClean.push(c.features);
      const page = injectSpam(source, seed * 100000 + index * 10 + (source === doc ? 0 : 1), run.pools, segment, style);
      const analysis = analyzeSpam(page.title, page.paragraphs, tools);
      const truth = page.truth as TruthSpan[][];
      pages.push({ stuffing: analysis.stuffing, stuffed: analysis.stuffed, label: truth.flat().some((s) => s[2] === 'title') ? 1 : 0 });
      for (const c of analysis.scored) {
        if (c.kind !== 'piece' || c.features[PIECE_FEATURES.indexOf('pieces')] !== 0) continue;
        (labelOf(c, truth) === 1 ? pasted : written).push(c.features);
      }
    }
  });
  console.log(`Headline piece candidates (single pieces), ${style} style, ${split} articles: ${pasted.length} pasted, ${written.length} written on the same pages, ${writtenOnClean.length} on the clean pages`);
  console.log('feature                AUC vs written (same pages)   AUC vs clean pages');
  PIECE_FEATURES.forEach((name, f) => {
    const col = (rows: number[][]): number[] => rows.map((r) => r[f] ?? 0);
    console.log(`${name.padEnd(22)} ${auc(col(pasted), col(written)).toFixed(3).padStart(8)}                      ${auc(col(pasted), col(writtenOnClean)).toFixed(3)}`);
  });
  const stuffedPages = pages.filter((p) => p.label === 1);
  const cleanPages = pages.filter((p) => p.label === 0);
  console.log(`\nPages: ${stuffedPages.length} with pasted headline words, ${cleanPages.length} without`);
  STUFFING_FEATURES.forEach((name, f) => console.log(`stuffing.${name.padEnd(14)} AUC ${auc(stuffedPages.map((p) => p.stuffing[f] ?? 0), cleanPages.map((p) => p.stuffing[f] ?? 0)).toFixed(3)}`));
  console.log(`P(stuffed) AUC ${auc(stuffedPages.map((p) => p.stuffed), cleanPages.map((p) => p.stuffed)).toFixed(3)}; median on stuffed pages ${median(stuffedPages.map((p) => p.stuffed)).toFixed(3)}, on clean ${median(cleanPages.map((p) => p.stuffed)).toFixed(3)}`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
