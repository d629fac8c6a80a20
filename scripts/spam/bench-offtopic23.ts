/**
 * One off-topic sentence pasted once (./offtopic23-styles.ts), with the writer's look-alikes.
 * Measuring only; dev is for building, held-out is read once a change is written.
 *
 *   npx tsx scripts/spam/bench-offtopic23.ts [--split=dev|heldout] [--show]
 *
 * Printed per place (Simplified / Traditional, and per look-alike kind): pasted characters hidden /
 * hidden or marked; real characters hidden / marked on the pages beyond what the host gets clean;
 * the hosts clean, hidden / marked. `--show` prints every span over real text and every paste missed.
 * The loop: ./between-bench.ts.
 */
import { runBetweenBench } from './between-bench';
import { titleOf } from './between-styles';
import { reportedHosts } from './reported-styles';
import { OFFTOPIC23_SEEDS, offtopic23PagesOf, type Offtopic23Page, type Offtopic23Split } from './offtopic23-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as Offtopic23Split;
const toTraditional = await loadToTraditional();
const hosts = reportedHosts(split);

await runBetweenBench<Offtopic23Page>({
  heading: `off-topic sentences pasted once, ${split} (seed ${OFFTOPIC23_SEEDS[split]}): ${hosts.length} hosts (${hosts.filter((x) => x.short).length} short)`,
  column: 'place',
  width: 31,
  hosts,
  pagesOf: (host, h) => offtopic23PagesOf(host, h, split, toTraditional),
  titleOf: (host, page) => titleOf(host, page, toTraditional),
  keysOf: (page) => ({
    keys: [`${page.place} ${page.traditional ? 'trad' : 'simp'}`, `${page.place} all`, ...(page.place === 'lookalike' ? [`lookalike ${page.kind}`] : [])],
    detail: `${page.place} all`,
    missed: page.place,
    real: `${page.place} ${page.kind}`,
  }),
  toTraditional,
  show: args.includes('--show'),
});
