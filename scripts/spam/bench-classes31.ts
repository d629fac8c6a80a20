/**
 * Benchmark of ./classes31-styles.ts (s31-screen, frozen first): the six classes never found on QA30, in six places, on articles that quote someone; per class and per place, character precision and
 * recall of what is hidden and of what is hidden or marked, the writer's characters hidden on the pages that
 * carry pastes (`host hidden`), and the writer's own sentences about such things hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-classes31.ts                          held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-classes31.ts --split=dev --show=5     dev (build on this)
 *   npx tsx scripts/spam/bench-classes31.ts --every=3 --styles=captcha-prompts --places=inside
 *
 * The held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { loadCorpus, splitOf, type Split } from './corpus';
import { createRandom } from './inject';
import { runPlacesBench } from './places23-bench';
import { quotingArticles } from './places25-styles';
import { CLASSES31_PLACES, CLASSES31_SEEDS, CLASSES31_STYLES, classes31Page } from './classes31-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const split = (option('split') ?? 'heldout') as Split;
const seed = CLASSES31_SEEDS[split];
const every = Number(option('every') ?? 1);
const without = new Set(option('without')?.split(',') ?? []);
const toTraditional = await loadToTraditional();
const all = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === split));
const articles = all.map((article, index) => ({ ...article, index })).filter(({ index }) => index % every === 0);

await runPlacesBench(
  {
    heading: `Classes (s31) — ${split}: ${articles.length} of ${all.length} articles that quote someone${every > 1 ? ` (every ${every})` : ''}, seed ${seed}${without.size ? `, without ${[...without].join(', ')}` : ''}`,
    styles: listed('styles', CLASSES31_STYLES),
    places: listed('places', CLASSES31_PLACES),
    styleIndex: (style) => CLASSES31_STYLES.indexOf(style),
    placeIndex: (place) => CLASSES31_PLACES.indexOf(place),
    pageSeed: (article, style, place) => seed * 1000000 + (articles[article]?.index ?? article) * 1000 + style * 10 + place,
    articles,
    seed,
    makePage: (article, style, place, random) => classes31Page(article, style, place, split, random, toTraditional),
    show: split === 'dev' ? Number(option('show') ?? 0) : 0,
    brief: args.includes('--brief'),
    without,
    hostColumn: true,
    lookalikeFamilies: true,
    groups: [
      { label: 'mechanical classes', styles: ['jammer-strings31', 'stray-symbols31'] },
      { label: 'textual classes', styles: ['mini-program-cards', 'app-update-prompts', 'captcha-prompts', 'related-elsewhere'] },
    ],
  },
  createRandom,
);
