/**
 * The command line of the benches that put pastes into the corpus's articles that quote someone
 * (./bench-places25.ts, ./bench-places30.ts, ./bench-classes30.ts, ./bench-classes31.ts; the loop is
 * ./places23-bench.ts):
 *
 *   --split=dev|heldout   held-out by default (frozen: measure only; its examples are never printed)
 *   --every=N             every Nth article (a subset of the full run's pages)
 *   --styles=a,b --places=a,b --without=finder,…   --show=N (dev only)   --brief
 */
import { loadCorpus, splitOf, type Split } from './corpus';
import { createRandom, type Article } from './inject';
import { runPlacesBench, type PlacesBench } from './places23-bench';
import { quotingArticles } from './places25-styles';
import type { RedteamPage } from './redteam-a-styles';
import { loadToTraditional } from './traditional';

export interface QuotingPlacesCli<S extends string, P extends string> {
  /** The heading's name: 'Places (s25)', 'Classes (s31)'. */
  name: string;
  styles: readonly S[];
  places: readonly P[];
  seeds: Record<Split, number>;
  /**
   * A page's seed is seed·1000·stride + the article's index·stride + style·10 + place: 100 for places25,
   * 1000 for the pools with more styles than ten.
   */
  articleStride: number;
  makePage: (article: Article, style: S, place: P, split: Split, random: () => number, toTraditional: (text: string) => string) => RedteamPage & { traditional: boolean };
  groups?: PlacesBench<S, P>['groups'];
}

export async function runQuotingPlacesCli<S extends string, P extends string>(cli: QuotingPlacesCli<S, P>): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
  const split = (option('split') ?? 'heldout') as Split;
  const seed = cli.seeds[split];
  const every = Number(option('every') ?? 1);
  const without = new Set(option('without')?.split(',') ?? []);
  const toTraditional = await loadToTraditional();
  // A page's seed follows the article's index among all quoting articles of the split, so --every=N draws a subset of the full run's pages.
  const all = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === split));
  const articles = all.map((article, index) => ({ ...article, index })).filter(({ index }) => index % every === 0);
  await runPlacesBench(
    {
      heading: `${cli.name} — ${split}: ${articles.length} of ${all.length} articles that quote someone${every > 1 ? ` (every ${every})` : ''}, seed ${seed}${without.size ? `, without ${[...without].join(', ')}` : ''}`,
      styles: listed('styles', cli.styles),
      places: listed('places', cli.places),
      styleIndex: (style) => cli.styles.indexOf(style),
      placeIndex: (place) => cli.places.indexOf(place),
      pageSeed: (article, style, place) => seed * 1000 * cli.articleStride + (articles[article]?.index ?? article) * cli.articleStride + style * 10 + place,
      articles,
      seed,
      makePage: (article, style, place, random) => cli.makePage(article, style, place, split, random, toTraditional),
      show: split === 'dev' ? Number(option('show') ?? 0) : 0,
      brief: args.includes('--brief'),
      without,
      hostColumn: true,
      lookalikeFamilies: true,
      ...(cli.groups ? { groups: cli.groups } : {}),
    },
    createRandom,
  );
}
