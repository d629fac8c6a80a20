/**
 * Benchmark of ./interface23-styles.ts (s23-interface's classes, the site's interface copied into the
 * article): per style and per place, character precision and recall of what is hidden, and of what is
 * hidden or marked; the named classes, the never-named classes (iu-*, held-out only) and all together;
 * look-alike characters hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-interface23-styles.ts                         held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-interface23-styles.ts --split=dev --show=5    dev (build on this)
 *   npx tsx scripts/spam/bench-interface23-styles.ts --brief --styles=i-fold --places=inside
 *   npx tsx scripts/spam/bench-interface23-styles.ts --without=interface-runs
 *
 * The held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { loadCorpus, splitOf } from './corpus';
import { createRandom, type Split } from './inject';
import { hasStyle, INTERFACE23_PLACES, INTERFACE23_SEEDS, INTERFACE23_STYLES, INTERFACE23_UNNAMED, interface23Page } from './interface23-styles';
import { runPlacesBench } from './places23-bench';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const split = (option('split') ?? 'heldout') as Split;
const seed = INTERFACE23_SEEDS[split];
const without = new Set(option('without')?.split(',') ?? []);
const toTraditional = await loadToTraditional();
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === split);
const unnamed: readonly string[] = INTERFACE23_UNNAMED;

await runPlacesBench(
  {
    heading: `Interface residue (s23) — ${split} (${articles.length} articles, seed ${seed})${without.size ? `, without ${[...without].join(', ')}` : ''}`,
    styles: listed('styles', INTERFACE23_STYLES).filter((s) => hasStyle(split, s)),
    places: listed('places', INTERFACE23_PLACES),
    styleIndex: (style) => INTERFACE23_STYLES.indexOf(style),
    placeIndex: (place) => INTERFACE23_PLACES.indexOf(place),
    pageSeed: (article, style, place) => seed * 100000 + article * 1000 + style * 10 + place,
    articles,
    seed,
    makePage: (article, style, place, random) => ({ ...interface23Page(article, style, place, split, random, toTraditional), traditional: false }),
    show: split === 'dev' ? Number(option('show') ?? 0) : 0,
    brief: args.includes('--brief'),
    without,
    groups: [
      { label: 'named classes', styles: INTERFACE23_STYLES.filter((s) => !unnamed.includes(s)) },
      { label: 'never-named (iu-*)', styles: unnamed },
    ],
    layout: { column: 'style', width: 24, totalLabel: 'all (spam styles)', examplesByPlace: true, showNotice: false },
  },
  createRandom,
);
