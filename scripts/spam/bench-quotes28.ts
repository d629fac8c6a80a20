/**
 * Benchmark of ./quotes28-styles.ts (s28-places, frozen first): pieces of sixteen never-generated
 * kinds of furniture glued inside the writer's quoted speech (at its start, amid a long quotation, at
 * its end). Per class and per place, character precision and recall of what is hidden and of what is
 * hidden or marked; the writer's characters hidden on those pages (`host hidden`); the classes read
 * while building (`tuned`) and those never read on dev (`unseen`: the leave-one-class-out figure)
 * apart; a speaker's own furniture-like words (look-alikes) hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-quotes28.ts                          held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-quotes28.ts --split=dev --show=5     dev (tuned classes only; build on this)
 *   npx tsx scripts/spam/bench-quotes28.ts --every=2 --styles=wifi,adblock --places=quote-start --without=some-finder
 *
 * The held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { loadCorpus, splitOf, type Split } from './corpus';
import { createRandom } from './inject';
import { runPlacesBench } from './places23-bench';
import { quotingArticles } from './places25-styles';
import { QUOTES28_PLACES, QUOTES28_SEEDS, QUOTES28_STYLES, quotes28Page, TUNED, UNSEEN } from './quotes28-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const split = (option('split') ?? 'heldout') as Split;
const seed = QUOTES28_SEEDS[split];
const every = Number(option('every') ?? 1);
const without = new Set(option('without')?.split(',') ?? []);
const toTraditional = await loadToTraditional();
const all = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === split));
const articles = all.map((article, index) => ({ ...article, index })).filter(({ index }) => index % every === 0);
// Dev has no wordings of the unseen classes: they are never read while building.
const styles = listed('styles', QUOTES28_STYLES).filter((s) => split !== 'dev' || !(UNSEEN as readonly string[]).includes(s));

await runPlacesBench(
  {
    heading: `Inside a quotation (s28) — ${split}: ${articles.length} of ${all.length} articles that quote someone${every > 1 ? ` (every ${every})` : ''}, seed ${seed}${without.size ? `, without ${[...without].join(', ')}` : ''}`,
    styles,
    places: listed('places', QUOTES28_PLACES),
    styleIndex: (style) => QUOTES28_STYLES.indexOf(style),
    placeIndex: (place) => QUOTES28_PLACES.indexOf(place),
    pageSeed: (article, style, place) => seed * 1000000 + (articles[article]?.index ?? article) * 1000 + style * 10 + place,
    articles,
    seed,
    makePage: (article, style, place, random) => quotes28Page(article, style, place, split, random, toTraditional),
    show: split === 'dev' ? Number(option('show') ?? 0) : 0,
    brief: args.includes('--brief'),
    without,
    hostColumn: true,
    lookalikeFamilies: true,
    groups: [
      { label: 'tuned classes', styles: TUNED },
      { label: 'unseen classes (held-out only)', styles: UNSEEN },
    ],
  },
  createRandom,
);
