/**
 * Benchmark of s23-platform's generator (./platform23-styles.ts: hot-search rankings, polls, repost
 * chains, follow cards, device stamps, shopping cards, reaction bars, byline tags, comment rows and the
 * writer's look-alikes) in QA's six places, a third Traditional: per class and per place, precision and
 * recall of what is hidden and of what is hidden or marked; look-alike characters hidden must be 0.
 *
 *   npx tsx scripts/spam/bench-platform23.ts                      held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-platform23.ts --split=dev --brief  dev (build on this)
 *   npx tsx scripts/spam/bench-platform23.ts --split=dev --styles=poll --places=inside --show=5
 *   npx tsx scripts/spam/bench-platform23.ts --articles=20        the split's first 20 articles only (a quick look)
 *   npx tsx scripts/spam/bench-platform23.ts --without=comment-rows
 *   npx tsx scripts/spam/bench-platform23.ts --every=6           every 6th article of the split (a sample, when the machine is loaded)
 *   npx tsx scripts/spam/bench-platform23.ts --generator=partner  s23-interface's held-out of these classes
 *                                                                 (./platform23-heldout.ts, its seed 232) through the same loop
 *
 * Pages: every article of the split, one page per class and place, seed 2311 (dev) / 2312 (held-out).
 * The held-out split's examples are never printed.
 */
import { loadCorpus, splitOf } from './corpus';
import { createRandom, type Split } from './inject';
import { runPlacesBench } from './places23-bench';
import { PLATFORM23_PLACES as PARTNER_PLACES, PLATFORM23_SEED as PARTNER_SEED, PLATFORM23_STYLES as PARTNER_STYLES, platform23Page as partnerPage } from './platform23-heldout';
import { PLATFORM23_PLACES, PLATFORM23_SEEDS, PLATFORM23_STYLES, platform23Page } from './platform23-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const split = (option('split') ?? 'heldout') as Split;
const toTraditional = await loadToTraditional();
const every = Number(option('every') ?? 1);
const articles = loadCorpus()
  .filter((doc) => splitOf(doc.url) === split)
  .filter((_, i) => i % every === 0)
  .slice(0, Number(option('articles') ?? Infinity));
const without = option('without');
const common = {
  articles,
  show: split === 'dev' ? Number(option('show') ?? 0) : 0,
  brief: args.includes('--brief'),
  ...(without ? { without: new Set(without.split(',')) } : {}),
};

if (option('generator') === 'partner') {
  // s23-interface's generator draws from held-out articles with its own seed; a page is Traditional when its headline changed.
  await runPlacesBench(
    {
      heading: `Platform rows, held-out by s23-interface (platform23-heldout.ts) — ${articles.length} held-out articles (every ${every}), seed ${PARTNER_SEED}${without ? `, without ${without}` : ''}`,
      styles: listed('styles', PARTNER_STYLES),
      places: listed('places', PARTNER_PLACES),
      styleIndex: (style) => PARTNER_STYLES.indexOf(style),
      placeIndex: (place) => PARTNER_PLACES.indexOf(place),
      seed: PARTNER_SEED,
      makePage: (article, style, place, random) => {
        const page = partnerPage(article, style, place, random, toTraditional);
        return { ...page, traditional: page.title !== article.title };
      },
      ...common,
      show: 0,
    },
    createRandom,
  );
  process.exit(0);
}

await runPlacesBench(
  {
    heading: `Platform and shop rows (platform23-styles.ts) — ${split}, ${articles.length} articles (every ${every}), seed ${PLATFORM23_SEEDS[split]}${without ? `, without ${without}` : ''}`,
    styles: listed('styles', PLATFORM23_STYLES),
    places: listed('places', PLATFORM23_PLACES),
    styleIndex: (style) => PLATFORM23_STYLES.indexOf(style),
    placeIndex: (place) => PLATFORM23_PLACES.indexOf(place),
    seed: PLATFORM23_SEEDS[split],
    makePage: (article, style, place, random) => platform23Page(article, style, place, split, random, toTraditional),
    ...common,
  },
  createRandom,
);
