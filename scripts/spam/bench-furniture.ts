/**
 * Benchmark of session 22's interface-furniture generator (./furniture22-styles.ts): per style and per
 * place, character precision and recall of what is hidden, and of what is hidden or marked.
 * `f-lookalike` is the writer's text about the same things: its figures are the look-alike characters
 * hidden and marked (hidden must be 0).
 *
 *   npx tsx scripts/spam/bench-furniture.ts                  held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-furniture.ts --split=dev      dev (build on this)
 *   npx tsx scripts/spam/bench-furniture.ts --split=dev --styles=f-rating --places=inside --show=5
 *   npx tsx scripts/spam/bench-furniture.ts --brief           one line per style (all places)
 *   npx tsx scripts/spam/bench-furniture.ts --without=interface-furniture
 *
 * Pages: every article of the split, one page per style and place each, from the split's seed. The
 * held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { loadCorpus, splitOf } from './corpus';
import { createRandom, type Split } from './inject';
import { FURNITURE22_PLACES, FURNITURE22_SEEDS, FURNITURE22_STYLES, furniture22Page } from './furniture22-styles';
import { runPlacesBench } from './places23-bench';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as Split;
const seed = FURNITURE22_SEEDS[split];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const without = new Set(option('without')?.split(',') ?? []);
const toTraditional = await loadToTraditional();
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === split);

await runPlacesBench(
  {
    heading: `Interface furniture (s22) — ${split} (${articles.length} articles, seed ${seed})${without.size ? `, without ${[...without].join(', ')}` : ''}`,
    styles: listed('styles', FURNITURE22_STYLES),
    places: listed('places', FURNITURE22_PLACES),
    styleIndex: (style) => FURNITURE22_STYLES.indexOf(style),
    placeIndex: (place) => FURNITURE22_PLACES.indexOf(place),
    articles,
    seed,
    // The generator tells no script apart: pages are counted as Simplified (no script lines are printed).
    makePage: (article, style, place, random) => ({ ...furniture22Page(article, style, place, split, random, toTraditional), traditional: false }),
    show: split === 'dev' ? Number(option('show') ?? 0) : 0,
    brief: args.includes('--brief'),
    without,
    groups: [],
    layout: { column: 'style', width: 22, totalLabel: 'all (spam styles)', examplesByPlace: true, showNotice: false },
  },
  createRandom,
);
