/**
 * Benchmark of session 24's held-out furniture (./furniture24-heldout-styles.ts, written by
 * s24-heldout for s24-furniture, frozen): per class and per place, character precision and recall of
 * what is hidden and of what is hidden or marked, and the writer's characters hidden on the pages
 * that carry furniture (`host hidden`); Simplified and Traditional pages apart; per look-alike theme,
 * the writer's look-alike characters hidden (must be 0; by the family of the span that hid them) and marked.
 *
 *   npx tsx scripts/spam/bench-furniture24.ts                 held-out articles, seed 2401 (measure only)
 *   npx tsx scripts/spam/bench-furniture24.ts --every=3       every third held-out article (~45 min on a loaded
 *                                                             machine instead of ~2 h; main's baseline is posted at 3)
 *   npx tsx scripts/spam/bench-furniture24.ts --seed=2402     another draw from the same frozen wordings
 *   npx tsx scripts/spam/bench-furniture24.ts --brief         one line per class (all places)
 *   npx tsx scripts/spam/bench-furniture24.ts --styles=captcha,queue --places=quote
 *   npx tsx scripts/spam/bench-furniture24.ts --without=some-finder
 *   npx tsx scripts/spam/bench-furniture24.ts --show=N        N misses / wrong hides per class: reading them
 *                                                             spends the held-out set; say so in your report
 */
import { loadCorpus, splitOf } from './corpus';
import { FURNITURE24_PLACES, FURNITURE24_SEED, FURNITURE24_STYLES, furniture24Page } from './furniture24-heldout-styles';
import { createRandom } from './inject';
import { runPlacesBench } from './places23-bench';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const seed = Number(option('seed') ?? FURNITURE24_SEED);
const without = option('without');
const toTraditional = await loadToTraditional();
const every = Number(option('every') ?? 1);
// A page's seed follows the article's index among all held-out articles, so --every=N draws a subset of the full run's pages.
const articles = loadCorpus()
  .filter((doc) => splitOf(doc.url) === 'heldout')
  .map((article, index) => ({ ...article, index }))
  .filter(({ index }) => index % every === 0);
const indexOf = new Map(articles.map((a, i) => [i, a.index]));

await runPlacesBench(
  {
    heading: `Furniture, held-out by s24-heldout (furniture24-heldout-styles.ts) — ${articles.length} held-out articles${every > 1 ? ` (every ${every})` : ''}, seed ${seed}${without ? `, without ${without}` : ''}${option('show') ? ' — held-out wordings printed: report that you read them' : ''}`,
    styles: listed('styles', FURNITURE24_STYLES),
    places: listed('places', FURNITURE24_PLACES),
    styleIndex: (style) => FURNITURE24_STYLES.indexOf(style),
    placeIndex: (place) => FURNITURE24_PLACES.indexOf(place),
    // Twenty-seven classes: a stride of 1000 per article keeps every page's stream its own.
    pageSeed: (article, style, place) => seed * 100000 + (indexOf.get(article) ?? article) * 1000 + style * 10 + place,
    articles,
    seed,
    makePage: (article, style, place, random) => furniture24Page(article, style, place, random, toTraditional),
    show: Number(option('show') ?? 0),
    brief: args.includes('--brief'),
    without: without ? new Set(without.split(',')) : undefined,
    hostColumn: true,
    lookalikeFamilies: true,
  },
  createRandom,
);
