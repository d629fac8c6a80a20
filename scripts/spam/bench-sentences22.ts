/**
 * Off-topic sentences pasted twice or once (./sentences22-styles.ts), with the writer's look-alikes.
 * Measuring only; dev is for building, held-out is read once a change is written.
 *
 *   npx tsx scripts/spam/bench-sentences22.ts [--split=dev|heldout|fresh] [--show]
 *
 * Printed per style (Simplified / Traditional, and per place of the copies): pasted characters
 * hidden / hidden or marked; real characters hidden / marked on the pasted pages beyond what the
 * host gets clean (look-alike pages: everything they get beyond it); the hosts clean, hidden / marked.
 * `--show` prints every span over real text and every paste missed. The loop: ./between-bench.ts.
 */
import { runBetweenBench } from './between-bench';
import { titleOf } from './between-styles';
import { reportedHosts, type ReportedSplit } from './reported-styles';
import { SENTENCES22_SEEDS, sentences22PagesOf, type Sentences22Page, type Sentences22Split } from './sentences22-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as Sentences22Split;
const toTraditional = await loadToTraditional();
const hosts = reportedHosts((split === 'dev' ? 'dev' : 'heldout') as ReportedSplit);

await runBetweenBench<Sentences22Page>({
  heading: `off-topic sentences pasted twice / once, ${split} (seed ${SENTENCES22_SEEDS[split]}): ${hosts.length} hosts (${hosts.filter((x) => x.short).length} short)`,
  column: 'style',
  width: 31,
  hosts,
  pagesOf: (host, h, tools) => sentences22PagesOf(host, h, split, (t) => tools.segmenter.cut(t), toTraditional),
  titleOf: (host, page) => titleOf(host, page, toTraditional),
  keysOf: (page) => {
    const placed = `${page.style} ${[...page.places].sort().join('+')}`;
    return { keys: [`${page.style} ${page.traditional ? 'trad' : 'simp'}`, `${page.style} all`, placed], detail: placed, missed: placed, real: placed };
  },
  toTraditional,
  show: args.includes('--show'),
});
