/**
 * One sentence pasted once into a writer's paragraph (./between-styles.ts: an ad written as a
 * sentence, another news item, a moralising filler), on corpus and short hand-written hosts.
 * Measuring only; dev is for building, held-out and fresh are read once a change is written.
 *
 *   npx tsx scripts/spam/bench-between.ts [--split=dev|heldout|fresh] [--show]
 *   npx tsx scripts/spam/bench-between.ts --generator=reported [--split=dev|heldout] [--show]
 *   npx tsx scripts/spam/bench-between.ts --generator=generic [--split=dev|heldout] [--show]
 *
 * `--generator=reported`: another story's news item opened by a reporting connective, in five
 * places (./reported-styles.ts), instead of the between styles. `--generator=generic`: the farm's
 * generic filler dressed as news (advice, reminders, blurbs, ads), in five places (./generic-styles.ts).
 *
 * Printed per style (and Simplified / Traditional): pasted characters hidden / hidden or marked;
 * real characters hidden / marked on the pasted pages beyond what the host gets clean; the hosts
 * left clean, hidden / marked. `--show` prints every span over real text and every paste missed.
 * The loop: ./between-bench.ts.
 */
import { runBetweenBench } from './between-bench';
import { BETWEEN_SEEDS, betweenHosts, betweenPagesOf, titleOf, type BetweenHost, type BetweenPage, type BetweenSplit } from './between-styles';
import { GENERIC_SEEDS, genericPagesOf, type GenericPage, type GenericSplit } from './generic-styles';
import { REPORTED_SEEDS, reportedHosts, reportedPagesOf, type ReportedPage, type ReportedSplit } from './reported-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as BetweenSplit;
const toTraditional = await loadToTraditional();
const reported = args.includes('--generator=reported');
const generic = args.includes('--generator=generic');
const hosts = reported || generic ? reportedHosts(split as ReportedSplit) : betweenHosts(split);
type Page = BetweenPage | ReportedPage | GenericPage;
/** A page of any generator: its style (or place) and the truth of what was pasted. */
const pagesOf = (host: BetweenHost, h: number): Page[] =>
  reported
    ? reportedPagesOf(host, h, split as ReportedSplit, toTraditional)
    : generic
      ? genericPagesOf(host, h, split as GenericSplit, toTraditional)
      : betweenPagesOf(host, h, split, toTraditional);
const styleOf = (page: Page): string => ('place' in page ? page.place : page.style);
const seed = reported ? REPORTED_SEEDS[split as ReportedSplit] : generic ? GENERIC_SEEDS[split as GenericSplit] : BETWEEN_SEEDS[split];
const what = reported ? 'as a reported item' : generic ? 'as generic filler' : 'between sentences';

await runBetweenBench<Page>({
  heading: `pasted once ${what}, ${split} (seed ${seed}): ${hosts.length} hosts (${hosts.filter((x) => x.short).length} short)`,
  column: 'style',
  width: 26,
  hosts,
  pagesOf,
  titleOf: (host, page) => titleOf(host, page, toTraditional),
  keysOf: (page) => {
    const style = styleOf(page);
    return { keys: [`${style} ${page.traditional ? 'trad' : 'simp'}`, `${style} all`, 'all'], detail: 'all', missed: style, real: style };
  },
  toTraditional,
  show: args.includes('--show'),
});
