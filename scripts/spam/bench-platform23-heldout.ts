/**
 * Benchmark of ./platform23-heldout.ts (s23-platform's classes, held-out written by s23-interface):
 * per style and per place, character precision and recall of what is hidden, and of what is hidden
 * or marked; the named classes, the never-named classes (pu-*) and all together; look-alike
 * characters hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-platform23-heldout.ts                 every style, every place
 *   npx tsx scripts/spam/bench-platform23-heldout.ts --brief         one line per style
 *   npx tsx scripts/spam/bench-platform23-heldout.ts --styles=p-poll --places=inside
 *   npx tsx scripts/spam/bench-platform23-heldout.ts --without=comment-rows
 *   npx tsx scripts/spam/bench-platform23-heldout.ts --show=N        N misses per row: reading them spends the
 *                                                                    held-out; say so in your report
 *
 * The loop: ./places23-bench.ts (./bench-platform23.ts --generator=partner runs the same generator
 * with that loop's own page seeds and layout).
 */
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import { runPlacesBench } from './places23-bench';
import { PLATFORM23_PLACES, PLATFORM23_SEED, PLATFORM23_STYLES, PLATFORM23_UNNAMED, platform23Page } from './platform23-heldout';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const without = new Set(option('without')?.split(',') ?? []);
const toTraditional = await loadToTraditional();
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === 'heldout');
const unnamed: readonly string[] = PLATFORM23_UNNAMED;

await runPlacesBench(
  {
    heading: `Platform rows, held-out by s23-interface (${articles.length} held-out articles, seed ${PLATFORM23_SEED})${without.size ? `, without ${[...without].join(', ')}` : ''}`,
    styles: listed('styles', PLATFORM23_STYLES),
    places: listed('places', PLATFORM23_PLACES),
    styleIndex: (style) => PLATFORM23_STYLES.indexOf(style),
    placeIndex: (place) => PLATFORM23_PLACES.indexOf(place),
    pageSeed: (article, style, place) => PLATFORM23_SEED * 100000 + article * 1000 + style * 10 + place,
    articles,
    seed: PLATFORM23_SEED,
    makePage: (article, style, place, random) => ({ ...platform23Page(article, style, place, random, toTraditional), traditional: false }),
    show: Number(option('show') ?? 0),
    brief: args.includes('--brief'),
    without,
    groups: [
      { label: 'named classes', styles: PLATFORM23_STYLES.filter((s) => !unnamed.includes(s)) },
      { label: 'never-named (pu-*)', styles: unnamed },
    ],
    layout: { column: 'style', width: 24, totalLabel: 'all (spam styles)', examplesByPlace: true, showNotice: false },
  },
  createRandom,
);
