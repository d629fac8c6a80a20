/**
 * The labelled pools of session 24's learned furniture decision (src/spam/find-furniture-runs.ts): every
 * existing generator of the page's furniture (sessions 19–23: lines, stamps, widgets, plugs, rows21–23,
 * furniture22, interface23, platform23, and the two held-out generators s23's engineers wrote for
 * each other), its pages cut into runs (src/spam/furniture-candidates.ts) with their features
 * (src/spam/furniture-features.ts) and their truth, one JSON line per pasted-into paragraph; and the
 * clean corpus (Simplified and Traditional) as runs with no truth. Pools are per split: `dev` pools
 * train (./train-furniture24.ts), `heldout` pools only measure. Written to scratch/furniture24/.
 *
 *   npx tsx scripts/spam/furniture24-pools.ts [--split=dev|heldout] [--generators=interface23,rows23] [--every=N] [--current]
 *
 * `--current` also records what the whole pipeline without this finder hides and marks on each paragraph
 * (the baseline the decision is measured against: its gain is what it adds to the current finders).
 *
 * `--every=N` reads every N-th article of the split (the machine is shared; figures say which N).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { furnitureRuns } from '../../src/spam/furniture-candidates';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { furnitureFeatures, furniturePage } from '../../src/spam/furniture-features';
import { loadCorpus, splitOf } from './corpus';
import { FURNITURE22_PLACES, FURNITURE22_SEEDS, FURNITURE22_STYLES, furniture22Page } from './furniture22-styles';
import { createRandom, type Article, type Split } from './inject';
import { hasStyle, INTERFACE23_PLACES, INTERFACE23_SEEDS, INTERFACE23_STYLES, interface23Page } from './interface23-styles';
import { INTERFACE23_PLACES as PARTNER_I_PLACES, INTERFACE23_STYLES as PARTNER_I_STYLES, interface23Page as partnerInterfacePage, otherHeadlines } from './interface23-heldout';
import { LINES21_STYLES, lines21Page } from './lines21-styles';
import { LINES22_STYLES, lines22Page } from './lines22-styles';
import { createNodeSpamTools } from './node-tools';
import { PLATFORM23_PLACES, PLATFORM23_SEEDS, PLATFORM23_STYLES, platform23Page } from './platform23-styles';
import { PLATFORM23_PLACES as PARTNER_P_PLACES, PLATFORM23_SEED as PARTNER_P_SEED, PLATFORM23_STYLES as PARTNER_P_STYLES, platform23Page as partnerPlatformPage } from './platform23-heldout';
import { PLUG_PLACES, PLUG_SEEDS, PLUG_STYLES, plugPage } from './plug-styles';
import { ROWS21_PLACES, ROWS21_SEEDS, ROWS21_STYLES, rows21Page } from './rows21-styles';
import { ROWS22_PLACES, ROWS22_SEEDS, ROWS22_STYLES, rows22Page } from './rows22-styles';
import { ROWS23_PLACES, ROWS23_SEEDS, ROWS23_STYLES, rows23Page } from './rows23-styles';
import { STAMP_STYLES, stampPage } from './stamp-line-styles';
import { loadToTraditional } from './traditional';
import { WIDGET_STYLES, widgetPage } from './widget-line-styles';

interface AnyPage {
  title: string;
  paragraphs: string[];
  truth: [number, number, unknown][][];
  lookalike?: [number, number][][];
}

/** A generator as the pools read it: its styles and places per split, and one page of each. */
interface PoolGenerator {
  name: string;
  splits: readonly Split[];
  styles: (split: Split) => readonly string[];
  places: readonly string[];
  seed: (split: Split) => number;
  page: (article: Article, style: string, place: string, split: Split, random: () => number, articles: readonly Article[]) => AnyPage;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const tools = await createNodeSpamTools();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const toTraditional = await loadToTraditional();
const variants = (n: number): string[] => Array.from({ length: n }, (_, i) => `v${i}`);
const variant = (place: string): number => Number(place.slice(1));
const both: readonly Split[] = ['dev', 'heldout'];

export const POOL_GENERATORS: PoolGenerator[] = [
  { name: 'stamps', splits: both, styles: () => STAMP_STYLES, places: variants(2), seed: (s) => (s === 'dev' ? 191 : 192), page: (a, st, pl, sp, r) => stampPage(a, st as never, sp, r) },
  { name: 'widgets', splits: both, styles: () => WIDGET_STYLES, places: variants(2), seed: (s) => (s === 'dev' ? 201 : 202), page: (a, st, pl, sp, r) => widgetPage(a, st as never, sp, r) },
  { name: 'lines21', splits: both, styles: () => LINES21_STYLES, places: variants(5), seed: (s) => (s === 'dev' ? 211 : 212), page: (a, st, pl, sp, r) => lines21Page(a, st as never, sp, r, variant(pl)) },
  { name: 'lines22', splits: both, styles: () => LINES22_STYLES, places: variants(6), seed: (s) => (s === 'dev' ? 221 : 222), page: (a, st, pl, sp, r) => lines22Page(a, st as never, sp, r, variant(pl), toTraditional) },
  { name: 'plugs', splits: both, styles: () => PLUG_STYLES, places: PLUG_PLACES, seed: (s) => PLUG_SEEDS[s], page: (a, st, pl, sp, r) => plugPage(a, st as never, pl as never, sp, r, segment) },
  { name: 'rows21', splits: both, styles: () => ROWS21_STYLES, places: ROWS21_PLACES, seed: (s) => ROWS21_SEEDS[s], page: (a, st, pl, sp, r) => rows21Page(a, st as never, pl as never, sp, r, segment, toTraditional) },
  { name: 'rows22', splits: both, styles: () => ROWS22_STYLES, places: ROWS22_PLACES, seed: (s) => ROWS22_SEEDS[s], page: (a, st, pl, sp, r) => rows22Page(a, st as never, pl as never, sp, r, segment, toTraditional) },
  { name: 'rows23', splits: both, styles: () => ROWS23_STYLES, places: ROWS23_PLACES, seed: (s) => ROWS23_SEEDS[s], page: (a, st, pl, sp, r) => rows23Page(a, st as never, pl as never, sp, r, segment, toTraditional) },
  { name: 'furniture22', splits: both, styles: () => FURNITURE22_STYLES, places: FURNITURE22_PLACES, seed: (s) => FURNITURE22_SEEDS[s], page: (a, st, pl, sp, r) => furniture22Page(a, st as never, pl as never, sp, r, toTraditional) },
  { name: 'interface23', splits: both, styles: (s) => INTERFACE23_STYLES.filter((st) => hasStyle(s, st)), places: INTERFACE23_PLACES, seed: (s) => INTERFACE23_SEEDS[s], page: (a, st, pl, sp, r) => interface23Page(a, st as never, pl as never, sp, r, toTraditional) },
  { name: 'platform23', splits: both, styles: () => PLATFORM23_STYLES, places: PLATFORM23_PLACES, seed: (s) => PLATFORM23_SEEDS[s], page: (a, st, pl, sp, r) => platform23Page(a, st as never, pl as never, sp, r, toTraditional) },
  // Written by the other engineer of session 23, held-out articles only: measured, never trained on.
  { name: 'partner-interface23', splits: ['heldout'], styles: () => PARTNER_I_STYLES, places: PARTNER_I_PLACES, seed: () => 2301, page: (a, st, pl, sp, r, all) => partnerInterfacePage(a, st as never, pl as never, otherHeadlines(all, a), r, toTraditional) },
  { name: 'partner-platform23', splits: ['heldout'], styles: () => PARTNER_P_STYLES, places: PARTNER_P_PLACES, seed: () => PARTNER_P_SEED, page: (a, st, pl, sp, r) => partnerPlatformPage(a, st as never, pl as never, r, toTraditional) },
];

export interface PoolRun {
  s: number;
  e: number;
  /** Features as [index, value] pairs (the zeros left out). */
  x: [number, number][];
}

export interface PoolParagraph {
  generator: string;
  style: string;
  place: string;
  page: number;
  p: number;
  length: number;
  truth: [number, number][];
  look: [number, number][];
  runs: PoolRun[];
  /** With --current: what the whole pipeline without this finder hides and marks ([start, end) each). */
  current?: { hidden: [number, number][]; marked: [number, number][] };
  /** The clean corpus's paragraph itself (to read what a clean run that scores high is). */
  text?: string;
}

const sparse = (values: number[]): [number, number][] => values.flatMap((v, i) => (v ? [[i, Math.round(v * 1e4) / 1e4] as [number, number]] : []));

/** `original`: the article's own paragraphs (as the page writes them); a paragraph not among them was pasted into (a look-alike style's page has no ranges). */
function paragraphsOf(page: AnyPage, pageId: number, generator: string, style: string, place: string, original: ReadonlySet<string> | null): PoolParagraph[] {
  const context = furniturePage(page.title, page.paragraphs, tools.languageModel, tools.segmenter.tag?.bind(tools.segmenter), tools.isKnownWord);
  const found = withCurrent ? spansOf(analyzeSpam(page.title, page.paragraphs, tools, undefined, new Set(['furniture-runs']))) : null;
  const out: PoolParagraph[] = [];
  page.paragraphs.forEach((text, p) => {
    const truth = (page.truth[p] ?? []).map(([a, b]) => [a, b] as [number, number]);
    const look = page.lookalike?.[p] ?? [];
    if (original && !truth.length && !look.length && original.has(text)) return;
    // Session 25: the trim step's runs too (grain feature `grainTrimmed`; the baseline fit leaves them out).
    const runs = furnitureRuns(text, context.breakAt).map((run) => ({ s: run.spanStart, e: run.spanEnd, x: sparse(furnitureFeatures(context, text, p, run)) }));
    const spans = found?.[p] ?? [];
    const ranges = (tier: string): [number, number][] => spans.filter((x) => x.tier === tier).map((x) => [x.start, x.end]);
    out.push({ generator, style, place, page: pageId, p, length: text.length, truth, look, runs, ...(found ? { current: { hidden: ranges('hidden'), marked: ranges('suspect') } } : {}), ...(original ? {} : { text }) });
  });
  return out;
}

const split = (option('split') ?? 'dev') as Split;
const withCurrent = args.includes('--current');
const every = Number(option('every') ?? 1);
const wanted = option('generators')?.split(',');
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === split);
const read = articles.filter((_, i) => i % every === 0);
const dir = option('dir') ?? 'scratch/furniture24';
mkdirSync(dir, { recursive: true });
let pageId = 0;
if (!wanted || wanted.includes('clean')) {
  const lines: string[] = [];
  for (const article of articles) {
    for (const traditional of [false, true]) {
      const convert = (text: string): string => (traditional ? toTraditional(text) : text);
      const page: AnyPage = { title: convert(article.title), paragraphs: article.paragraphs.map(convert), truth: [] };
      for (const paragraph of paragraphsOf(page, pageId++, 'clean', traditional ? 'traditional' : 'simplified', 'page', null)) lines.push(JSON.stringify(paragraph));
    }
  }
  writeFileSync(`${dir}/clean-${split}.jsonl`, `${lines.join('\n')}\n`);
  console.log(`clean-${split}: ${lines.length} paragraphs`);
}
for (const generator of POOL_GENERATORS) {
  if (!generator.splits.includes(split) || (wanted && !wanted.includes(generator.name))) continue;
  const lines: string[] = [];
  const styles = generator.styles(split);
  const started = Date.now();
  for (const [si, style] of styles.entries()) {
    for (const [pi, place] of generator.places.entries()) {
      read.forEach((article) => {
        const index = articles.indexOf(article);
        const random = createRandom(generator.seed(split) * 100000 + index * 100 + si * 10 + pi);
        const page = generator.page(article, style, place, split, random, articles);
        const traditional = page.title !== article.title;
        const original = new Set(traditional ? article.paragraphs.map(toTraditional) : article.paragraphs);
        for (const paragraph of paragraphsOf(page, pageId++, generator.name, style, place, original)) lines.push(JSON.stringify(paragraph));
      });
    }
  }
  writeFileSync(`${dir}/${generator.name}-${split}.jsonl`, `${lines.join('\n')}\n`);
  console.log(`${generator.name}-${split}: ${lines.length} paragraphs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
