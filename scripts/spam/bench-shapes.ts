/**
 * Benchmark of the farm shapes of ./shape-styles.ts: per style, character precision and recall of
 * what is hidden (and hidden or marked), on pages that carry that one style and nothing else, and an
 * ablation row per finder that reads these shapes (the figures without it).
 *
 *   npx tsx scripts/spam/bench-shapes.ts                  held-out and fresh splits
 *   npx tsx scripts/spam/bench-shapes.ts --split=dev      the split the finders were built on
 *   npx tsx scripts/spam/bench-shapes.ts --show=N         N missed / wrongly hidden examples per style
 *   npx tsx scripts/spam/bench-shapes.ts --no-ablation
 *   npx tsx scripts/spam/bench-shapes.ts --styles=bait,lottery   only these styles' pages (same pages as in the full run)
 *   npx tsx scripts/spam/bench-shapes.ts --ablate=ad-lines,english-seo   only these ablation rows
 *   npx tsx scripts/spam/bench-shapes.ts --without=contact-ads,pinyin-words  the whole table without these
 *                                                         finders (a "before" for finders added since)
 *
 * Pages: every article of the split's half (held-out articles for held-out and fresh), two pages
 * per style, from a seed per split (dev 31, held-out 32, fresh 37). Clean text is scanned by
 * ./scan-shapes.ts.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { generatorRun, loadCorpus, splitOf, type BenchSplit } from './corpus';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';
import { SHAPE_FAMILY, SHAPE_STYLES, shapePage, type ShapeStyle } from './shape-styles';
import { newTallies, score, type Tally } from './tally';

const SEEDS: Record<BenchSplit, number> = { dev: 31, heldout: 32, fresh: 37 };
const VARIANTS = 2;
/** The finders that read these shapes (names of src/spam/index.ts mechanicalFinders). */
const ABLATED = ['junk-domains', 'spelt-domains', 'split-words', 'symbols', 'punctuation', 'english-seo', 'ad-lines', 'contact-ads', 'spaced-words', 'pinyin-words', 'dodged-domains', 'glossed-keywords', 'slang-contacts', 'tag-lines', 'sponsor-notes', 'grey-words', 'hotlines', 'site-slogans', 'app-walls', 'pagination', 'coupon-codes', 'price-promotions', 'question-chains', 'repeated-sentences', 'platform-chrome', 'farm-stamps', 'label-runs', 'link-blocks', 'site-intros'];

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const splits: BenchSplit[] = option('split') ? [option('split') as BenchSplit] : ['heldout', 'fresh'];
const show = Number(option('show') ?? 0);
/** Finders left out of every run, the main table's too. */
const without = option('without')?.split(',') ?? [];
/** Styles whose pages are made and scored (all by default); each page keeps its seed either way. */
const styles = SHAPE_STYLES.filter((style) => !option('styles') || (option('styles')?.split(',') ?? []).includes(style));

const tools = await createNodeSpamTools();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const docs = loadCorpus();
const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));

for (const split of splits) {
  const run = generatorRun(split);
  const pages = docs
    .map((doc, index) => ({ doc, index }))
    .filter(({ doc }) => splitOf(doc.url) === run.articles)
    .flatMap(({ doc, index }) =>
      styles.flatMap((style) =>
        Array.from({ length: VARIANTS }, (_, v) => ({ style, page: shapePage(doc, style, split, createRandom(SEEDS[split] * 100000 + index * 100 + SHAPE_STYLES.indexOf(style) * 10 + v), segment) })),
      ),
    );
  const analyses = new Map<string, SpamSpan[][][]>();
  const ablated = args.includes('--no-ablation') ? [] : (option('ablate')?.split(',') ?? ABLATED);
  for (const left of ['', ...ablated]) {
    const skip = new Set([...without, ...(left ? [left] : [])]);
    analyses.set(left, pages.map(({ page }) => spansOf(analyzeSpam(page.title, page.paragraphs, tools, undefined, skip))));
  }
  const tallyOf = (left: string, style: ShapeStyle | null): Tally => {
    const tallies = newTallies();
    const found = analyses.get(left) ?? [];
    pages.forEach(({ style: s, page }, i) => {
      if (style === null || s === style) score(page.paragraphs, page.truth, found[i] ?? [], tallies);
    });
    return tallies.get('all') as Tally;
  };
  console.log(`\nShapes benchmark — ${split} split (${pages.length} pages: ${VARIANTS} per style per ${run.articles} article, seed ${SEEDS[split]})${without.length ? `, without ${without.join(', ')}` : ''}`);
  console.log('style            family       pages  spam chars   HIDDEN precision  recall   | HIDDEN OR MARKED precision  recall');
  for (const style of [...styles, null]) {
    const t = tallyOf('', style);
    const n = style === null ? pages.length : pages.filter((p) => p.style === style).length;
    console.log(
      `${(style ?? 'all').padEnd(16)} ${(style ? SHAPE_FAMILY[style] : '').padEnd(12)} ${String(n).padStart(5)}  ${String(t.truth).padStart(10)}   ${ratio(t.predictedRight, t.predicted).padStart(16)}  ${ratio(t.truthFound, t.truth)}   | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(26)}  ${ratio(t.truthMarked, t.truth)}`,
    );
  }
  if (show) {
    const found = analyses.get('') ?? [];
    for (const style of styles) {
      let shown = 0;
      pages.forEach(({ style: s, page }, i) => {
        if (s !== style || shown >= show) return;
        page.paragraphs.forEach((text, p) => {
          const spans = found[i]?.[p] ?? [];
          for (const [start, end] of page.truth[p] ?? []) {
            if (shown >= show || spans.some((x) => x.start < end && start < x.end)) continue;
            shown++;
            console.log(`  missed ${style}: …${text.slice(Math.max(0, start - 10), start)}[${text.slice(start, end)}]${text.slice(end, end + 10)}…`);
          }
          for (const x of spans.filter((x) => !(page.truth[p] ?? []).some(([a, b]) => a < x.end && x.start < b))) console.log(`  FALSE ${x.tier} ${x.family}: …${text.slice(Math.max(0, x.start - 10), x.start)}[${text.slice(x.start, x.end)}]${text.slice(x.end, x.end + 10)}…`);
        });
      });
    }
  }
  if (args.includes('--no-ablation')) continue;
  const base = tallyOf('', null);
  console.log('without finder      HIDDEN recall (change)   precision (change)  | HIDDEN OR MARKED recall (change)  precision (change)');
  for (const left of ablated) {
    const t = tallyOf(left, null);
    const d = (a: number, b: number): string => `${a >= 0 ? '+' : ''}${a.toFixed(4)}${b ? '' : ''}`;
    console.log(
      `${left.padEnd(18)}  ${ratio(t.truthFound, t.truth)} (${d(t.truthFound / t.truth - base.truthFound / base.truth, 0)})        ${ratio(t.predictedRight, t.predicted)} (${d(t.predictedRight / Math.max(1, t.predicted) - base.predictedRight / Math.max(1, base.predicted), 0)})  | ${ratio(t.truthMarked, t.truth)} (${d(t.truthMarked / t.truth - base.truthMarked / base.truth, 0)})                ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect)}`,
    );
  }
}
