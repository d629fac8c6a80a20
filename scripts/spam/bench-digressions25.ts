/**
 * The writer's digressions (./digressions25-styles.ts): nothing pasted, every character the
 * writer's. Measuring only; dev is for building, held-out is read once a change is written.
 *
 *   npx tsx scripts/spam/bench-digressions25.ts [--split=dev|heldout] [--show]
 *
 * Printed per place and kind (Simplified / Traditional and all): real characters hidden / marked on
 * the pages beyond what the host gets clean; the hosts clean, hidden / marked. `--show` lists every
 * span over the writer's text. The loop: ./between-bench.ts.
 */
import { runBetweenBench } from './between-bench';
import { titleOf } from './between-styles';
import { reportedHosts } from './reported-styles';
import { DIGRESSIONS25_SEEDS, digressions25PagesOf, type Digressions25Page, type Digressions25Split } from './digressions25-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as Digressions25Split;
const toTraditional = await loadToTraditional();
const hosts = reportedHosts(split);

await runBetweenBench<Digressions25Page>({
  heading: `the writer's digressions, ${split} (seed ${DIGRESSIONS25_SEEDS[split]}): ${hosts.length} hosts (${hosts.filter((x) => x.short).length} short)`,
  column: 'place / kind',
  width: 22,
  hosts,
  pagesOf: (host, h) => digressions25PagesOf(host, h, split, toTraditional),
  titleOf: (host, page) => titleOf(host, page, toTraditional),
  keysOf: (page) => ({
    keys: [`${page.place} ${page.traditional ? 'trad' : 'simp'}`, `kind ${page.kind}`, 'all'],
    detail: 'all',
    missed: page.place,
    real: `${page.place} ${page.kind}`,
  }),
  toTraditional,
  show: args.includes('--show'),
});
