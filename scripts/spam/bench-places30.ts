/**
 * Benchmark of ./places30-styles.ts (s30-inside, frozen first): nineteen classes of paste in six
 * places (inside a clause between two words, closed with a comma, between sentences, after the last
 * stop, own paragraph, inside a quotation) on corpus articles that quote someone; per class and
 * place, character precision and recall of what is hidden and of what is hidden or marked, the
 * writer's characters hidden on the pasted pages (`host hidden`), per place over all classes;
 * the writer's look-alikes (citing such text on purpose) hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-places30.ts                          held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-places30.ts --split=dev --show=5     dev (build on this)
 *   npx tsx scripts/spam/bench-places30.ts --every=3 --styles=danmaku,platform --places=inside,quote --without=some-finder
 *
 * The held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { loadCorpus, splitOf, type Split } from './corpus';
import { createRandom } from './inject';
import { runPlacesBench } from './places23-bench';
import { quotingArticles } from './places25-styles';
import { PLACES30_PLACES, PLACES30_SEEDS, PLACES30_STYLES, places30Page } from './places30-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const split = (option('split') ?? 'heldout') as Split;
const seed = PLACES30_SEEDS[split];
const every = Number(option('every') ?? 1);
const without = new Set(option('without')?.split(',') ?? []);
const toTraditional = await loadToTraditional();
// A page's seed follows the article's index among all quoting articles of the split, so --every=N draws a subset of the full run's pages.
const all = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === split));
const articles = all.map((article, index) => ({ ...article, index })).filter(({ index }) => index % every === 0);

await runPlacesBench(
  {
    heading: `Places (s30) — ${split}: ${articles.length} of ${all.length} articles that quote someone${every > 1 ? ` (every ${every})` : ''}, seed ${seed}${without.size ? `, without ${[...without].join(', ')}` : ''}`,
    styles: listed('styles', PLACES30_STYLES),
    places: listed('places', PLACES30_PLACES),
    styleIndex: (style) => PLACES30_STYLES.indexOf(style),
    placeIndex: (place) => PLACES30_PLACES.indexOf(place),
    pageSeed: (article, style, place) => seed * 1000000 + (articles[article]?.index ?? article) * 1000 + style * 10 + place,
    articles,
    seed,
    makePage: (article, style, place, random) => places30Page(article, style, place, split, random, toTraditional),
    show: split === 'dev' ? Number(option('show') ?? 0) : 0,
    brief: args.includes('--brief'),
    without,
    hostColumn: true,
    lookalikeFamilies: true,
  },
  createRandom,
);
