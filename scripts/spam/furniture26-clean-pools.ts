/**
 * Session 26: clean pools for the learned furniture decision (src/spam/find-furniture-runs.ts) that see
 * what the scans and the product read, not only the corpus's paragraphs in place (./furniture24-pools.ts
 * `clean`). Session 25's refit hid clean text no pool held: a corpus title's clause that
 * scan-shapes.ts reads as a paragraph (爱驻我家), and its levels leaked 70 clean held-out characters.
 * Each pool is split dev / held-out by document (an article, a CPP page, a page of ten SIGHAN lines, a
 * guard fixture's page), written as the generators' pools are (scratch/furniture24/<pool>-<split>.jsonl,
 * no truth: every character is real). The training script reads every pool named `clean*` as clean.
 *
 *   clean-titles  the corpus's titles as scan-shapes reads them: the page's first paragraph, no headline (S and T)
 *   clean-short   the corpus's short paragraphs (captions, datelines, credits, figures: under 40 characters or
 *                 no sentence stop) each read alone as a one-paragraph page, as the finder reads text not on the page (S and T)
 *   clean-quotes  the speech of the corpus's quotations (src/spam/quoted-speech.ts quotationsOf) read alone, as
 *                 every finder reads a quotation since session 25 (S and T)
 *   clean-guards  the project's guard news (tests/fixtures/*-guard-texts.ts, latin-clean-texts.ts), page by page (S and T)
 *   clean-cpp     CPP Wikipedia pages under the news-style headline of bench:spam's stress test (research data:
 *                 measured and read by the levels only, never fitted on: train-furniture24.ts --fit-pools)
 *   clean-sighan  SIGHAN 2005 PKU/MSR test sentences, ten lines to a page as scan-shapes.ts reads them (research data, as CPP)
 *
 *   npx tsx scripts/spam/furniture26-clean-pools.ts [--pools=clean-titles,clean-cpp] [--every=N] [--dir=scratch/furniture24]
 *
 * `--every=N` reads every N-th CPP and SIGHAN page only (the machine is shared; the figures say which N).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { furnitureRuns } from '../../src/spam/furniture-candidates';
import { furnitureFeatures, furniturePage } from '../../src/spam/furniture-features';
import { quotationsOf } from '../../src/spam/quoted-speech';
import { AD_GUARD_PAGES } from '../../tests/fixtures/ad-guard-texts';
import { COMMERCE_GUARD_TEXTS } from '../../tests/fixtures/commerce-guard-texts';
import { FURNITURE_GUARD_PAGES } from '../../tests/fixtures/furniture-guard-texts';
import { GREY_GUARD_PAGES } from '../../tests/fixtures/grey-guard-texts';
import { LATIN_CLEAN_TEXTS } from '../../tests/fixtures/latin-clean-texts';
import { LOOKALIKE_GUARD_PAGES } from '../../tests/fixtures/lookalike-guard-texts';
import { LURE_GUARD_PAGES } from '../../tests/fixtures/lure-guard-texts';
import { NOTICE_GUARD_PAGES } from '../../tests/fixtures/notice-guard-texts';
import { loadCorpus, loadCppPages, splitOf, type Split } from './corpus';
import type { PoolParagraph } from './furniture24-pools';
import { newsHeadline, type Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const wanted = option('pools')?.split(',');
const every = Number(option('every') ?? 1);
const dir = option('dir') ?? 'scratch/furniture24';
const SIGHAN = new URL('../../../shared/bench/segmentation/', import.meta.url);
mkdirSync(dir, { recursive: true });

/** A page read as the finder reads it: `read` the indices of the paragraphs to keep (a pool of titles keeps the first only). */
interface CleanPage {
  title: string;
  paragraphs: readonly string[];
  read: readonly number[];
  split: Split;
  style: string;
}

let pageId = 0;
/** The runs of the page's kept paragraphs with their features (the runtime's cuts, session 24's and 25's features). */
function paragraphsOf(pool: string, page: CleanPage): PoolParagraph[] {
  const context = furniturePage(page.title, page.paragraphs, tools.languageModel, tools.segmenter.tag?.bind(tools.segmenter), tools.isKnownWord);
  const id = pageId++;
  return page.read.map((p) => {
    const text = page.paragraphs[p] ?? '';
    const runs = furnitureRuns(text, context.breakAt).map((run) => ({ s: run.spanStart, e: run.spanEnd, x: sparse(furnitureFeatures(context, text, p, run)) }));
    return { generator: pool, style: page.style, place: 'page', page: id, p, length: text.length, truth: [], look: [], runs, text };
  });
}
const sparse = (values: number[]): [number, number][] => values.flatMap((v, i) => (v ? [[i, Math.round(v * 1e4) / 1e4] as [number, number]] : []));
const all = (paragraphs: readonly string[]): number[] => paragraphs.map((_, i) => i);
const byIndex = (i: number): Split => (i % 2 === 0 ? 'dev' : 'heldout');
/** Both scripts: the page as written and in Traditional. */
const scripts = (page: Omit<CleanPage, 'style'>): CleanPage[] => [
  { ...page, style: 'simplified' },
  { ...page, title: toTraditional(page.title), paragraphs: page.paragraphs.map(toTraditional), style: 'traditional' },
];

/** A short paragraph: a caption, a dateline, a credit, a row of figures — under 40 characters or no sentence stop. */
const isShort = (text: string): boolean => text.replace(/\s/gu, '').length < 40 || !/[。！？!?]/u.test(text);

const corpus = loadCorpus();
const POOLS: Record<string, () => CleanPage[]> = {
  'clean-titles': () => corpus.flatMap((doc) => scripts({ title: '', paragraphs: [doc.title, ...doc.paragraphs], read: [0], split: splitOf(doc.url) })),
  'clean-short': () =>
    corpus.flatMap((doc) => doc.paragraphs.filter((text) => text.trim() && isShort(text)).flatMap((text) => scripts({ title: doc.title, paragraphs: [text], read: [0], split: splitOf(doc.url) }))),
  'clean-quotes': () =>
    corpus.flatMap((doc) =>
      doc.paragraphs.flatMap((text) => quotationsOf(text).flatMap(({ speech }) => scripts({ title: doc.title, paragraphs: [speech], read: [0], split: splitOf(doc.url) }))),
    ),
  'clean-guards': () =>
    [...AD_GUARD_PAGES, ...FURNITURE_GUARD_PAGES, ...GREY_GUARD_PAGES, ...LOOKALIKE_GUARD_PAGES, ...LURE_GUARD_PAGES, ...NOTICE_GUARD_PAGES, COMMERCE_GUARD_TEXTS, LATIN_CLEAN_TEXTS].flatMap(
      (paragraphs, i) => scripts({ title: '', paragraphs, read: all(paragraphs), split: byIndex(i) }),
    ),
  'clean-cpp': () =>
    loadCppPages()
      .map((page, i) => ({ page, i }))
      .filter(({ i }) => Math.floor(i / 2) % every === 0)
      .map(({ page, i }) => ({ title: newsHeadline(page.texts, tag, i), paragraphs: page.texts, read: all(page.texts), split: byIndex(i), style: 'news-headline' })),
  'clean-sighan': () =>
    ['pku_test.utf8', 'msr_test.utf8'].flatMap((file) => {
      const lines = readFileSync(new URL(file, SIGHAN), 'utf8').split('\n').filter((l) => l.trim());
      return Array.from({ length: Math.ceil(lines.length / 10) }, (_, i) => lines.slice(i * 10, i * 10 + 10))
        .map((paragraphs, i) => ({ paragraphs, i }))
        .filter(({ i }) => Math.floor(i / 2) % every === 0)
        .map(({ paragraphs, i }) => ({ title: '', paragraphs, read: all(paragraphs), split: byIndex(i), style: file.split('_')[0] ?? file }));
    }),
};

for (const [pool, pages] of Object.entries(POOLS)) {
  if (wanted && !wanted.includes(pool)) continue;
  const started = Date.now();
  const out: Record<Split, string[]> = { dev: [], heldout: [] };
  for (const page of pages()) for (const paragraph of paragraphsOf(pool, page)) out[page.split].push(JSON.stringify(paragraph));
  for (const split of ['dev', 'heldout'] as const) writeFileSync(`${dir}/${pool}-${split}.jsonl`, `${out[split].join('\n')}\n`);
  console.log(`${pool}: dev ${out.dev.length}, held-out ${out.heldout.length} paragraphs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
