/**
 * Benchmark of ./classes30-styles.ts (s30-classes, frozen first): the seventeen classes never found on QA29 /
 * GATE29, in six places, on articles that quote someone; per class and per place, character precision and
 * recall of what is hidden and of what is hidden or marked, the writer's characters hidden on the pages that
 * carry pastes (`host hidden`), and the writer's own sentences about such things hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-classes30.ts                          held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-classes30.ts --split=dev --show=5     dev (build on this)
 *   npx tsx scripts/spam/bench-classes30.ts --every=3 --styles=mojibake,emoji-codes --places=inside
 *
 * The held-out split's examples are never printed. The loop: ./places23-bench.ts.
 */
import { loadCorpus, splitOf, type Split } from './corpus';
import { createRandom } from './inject';
import { runPlacesBench } from './places23-bench';
import { quotingArticles } from './places25-styles';
import { CLASSES30_PLACES, CLASSES30_SEEDS, CLASSES30_STYLES, classes30Page } from './classes30-styles';
import { MECHANICAL30 } from './classes30-wordings';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const split = (option('split') ?? 'heldout') as Split;
const seed = CLASSES30_SEEDS[split];
const every = Number(option('every') ?? 1);
const without = new Set(option('without')?.split(',') ?? []);
const toTraditional = await loadToTraditional();
const all = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === split));
const articles = all.map((article, index) => ({ ...article, index })).filter(({ index }) => index % every === 0);
const textual = CLASSES30_STYLES.filter((s) => s !== 'writers-lookalike' && !MECHANICAL30.includes(s as never));

await runPlacesBench(
  {
    heading: `Classes (s30) — ${split}: ${articles.length} of ${all.length} articles that quote someone${every > 1 ? ` (every ${every})` : ''}, seed ${seed}${without.size ? `, without ${[...without].join(', ')}` : ''}`,
    styles: listed('styles', CLASSES30_STYLES),
    places: listed('places', CLASSES30_PLACES),
    styleIndex: (style) => CLASSES30_STYLES.indexOf(style),
    placeIndex: (place) => CLASSES30_PLACES.indexOf(place),
    // Eighteen styles: a wider stride than places23's default.
    pageSeed: (article, style, place) => seed * 1000000 + (articles[article]?.index ?? article) * 1000 + style * 10 + place,
    articles,
    seed,
    makePage: (article, style, place, random) => classes30Page(article, style, place, split, random, toTraditional),
    show: split === 'dev' ? Number(option('show') ?? 0) : 0,
    brief: args.includes('--brief'),
    without,
    hostColumn: true,
    lookalikeFamilies: true,
    groups: [
      { label: 'mechanical classes', styles: MECHANICAL30 },
      { label: 'textual classes', styles: textual },
    ],
  },
  createRandom,
);
