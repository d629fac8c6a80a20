/**
 * Benchmark of the held-out generator for s23-interface's classes (./interface23-heldout.ts, written
 * by s23-platform, frozen): per class and per place, character precision and recall of what is
 * hidden, and of what is hidden or marked; Simplified and Traditional pages apart. `lookalike` is
 * the writer's text about the same things: its figures are the look-alike characters hidden and
 * marked (hidden must be 0).
 *
 *   npx tsx scripts/spam/bench-interface23.ts                 held-out articles, seed 2301 (measure only)
 *   npx tsx scripts/spam/bench-interface23.ts --seed=2302     another draw from the same frozen vocabulary
 *   npx tsx scripts/spam/bench-interface23.ts --brief         one line per class (all places)
 *   npx tsx scripts/spam/bench-interface23.ts --styles=fold,share --places=quote
 *   npx tsx scripts/spam/bench-interface23.ts --show=N        N misses / wrong hides per class: reading them
 *                                                             spends the held-out set; say so in your report
 *
 * Pages: every held-out article, one page per class and place.
 */
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import { INTERFACE23_PLACES, INTERFACE23_STYLES, interface23Page, otherHeadlines } from './interface23-heldout';
import { runPlacesBench } from './places23-bench';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const seed = Number(option('seed') ?? 2301);
const toTraditional = await loadToTraditional();
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === 'heldout');

await runPlacesBench(
  {
    heading: `Interface classes, held-out by s23-platform (interface23-heldout.ts) — ${articles.length} held-out articles, seed ${seed}${option('show') ? ' — held-out wordings printed: report that you read them' : ''}`,
    styles: listed('styles', INTERFACE23_STYLES),
    places: listed('places', INTERFACE23_PLACES),
    styleIndex: (style) => INTERFACE23_STYLES.indexOf(style),
    placeIndex: (place) => INTERFACE23_PLACES.indexOf(place),
    articles,
    seed,
    makePage: (article, style, place, random) => interface23Page(article, style, place, otherHeadlines(articles, article), random, toTraditional),
    show: Number(option('show') ?? 0),
    brief: args.includes('--brief'),
  },
  createRandom,
);
