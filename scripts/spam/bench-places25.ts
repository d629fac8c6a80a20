/**
 * Benchmark of ./places25-styles.ts (s25-places, frozen first): the pieces of six older generators
 * moved into eight places, on articles that quote someone; per source and per place, character
 * precision and recall of what is hidden and of what is hidden or marked, the writer's characters
 * hidden on the pages that carry pieces (`host hidden`), per place over all sources, Simplified and
 * Traditional apart; look-alikes (the writer quoting such text on purpose) hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-places25.ts                          held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-places25.ts --split=dev --show=5     dev (build on this)
 *   npx tsx scripts/spam/bench-places25.ts --every=2                every second article (a subset of the full run's pages)
 *   npx tsx scripts/spam/bench-places25.ts --styles=grey --places=quote-mid --without=some-finder
 *
 * The held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { loadCorpus, splitOf, type Split } from './corpus';
import { createRandom } from './inject';
import { runPlacesBench } from './places23-bench';
import { PLACES25_PLACES, PLACES25_SEEDS, PLACES25_STYLES, places25Page, quotingArticles } from './places25-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const split = (option('split') ?? 'heldout') as Split;
const seed = PLACES25_SEEDS[split];
const every = Number(option('every') ?? 1);
const without = new Set(option('without')?.split(',') ?? []);
const toTraditional = await loadToTraditional();
// A page's seed follows the article's index among all quoting articles of the split, so --every=N draws a subset of the full run's pages.
const all = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === split));
const articles = all.map((article, index) => ({ ...article, index })).filter(({ index }) => index % every === 0);

await runPlacesBench(
  {
    heading: `Places (s25) — ${split}: ${articles.length} of ${all.length} articles that quote someone${every > 1 ? ` (every ${every})` : ''}, seed ${seed}${without.size ? `, without ${[...without].join(', ')}` : ''}`,
    styles: listed('styles', PLACES25_STYLES),
    places: listed('places', PLACES25_PLACES),
    styleIndex: (style) => PLACES25_STYLES.indexOf(style),
    placeIndex: (place) => PLACES25_PLACES.indexOf(place),
    pageSeed: (article, style, place) => seed * 100000 + (articles[article]?.index ?? article) * 100 + style * 10 + place,
    articles,
    seed,
    makePage: (article, style, place, random) => places25Page(article, style, place, split, random, toTraditional),
    show: split === 'dev' ? Number(option('show') ?? 0) : 0,
    brief: args.includes('--brief'),
    without,
    hostColumn: true,
    lookalikeFamilies: true,
  },
  createRandom,
);
