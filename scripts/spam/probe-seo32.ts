/**
 * Probe (session 32): the seo family of bench:spam's generated pages (same seeds, pools and articles as
 * `npm run bench:spam`), read by the mechanical finders alone — a minute instead of the bench's twenty, for
 * reading the misses by shape. It counts pasted seo characters hidden / hidden or marked and prints each miss.
 *
 *   npx tsx scripts/spam/probe-seo32.ts [dev|heldout]
 */
import { mechanicalFinders } from '../../src/spam/index';
import { generatorRun, loadCorpus, splitOf, type Split } from './corpus';
import { injectSpam } from './inject';
import { createNodeSpamTools } from './node-tools';
import { newsSentences } from './paste-styles';

const split = (process.argv[2] ?? 'dev') as Split;
const tools = await createNodeSpamTools();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const run = generatorRun(split);
const docs = loadCorpus();
const donors = newsSentences(docs.filter((d) => splitOf(d.url) === run.pools));
let total = 0;
let hidden = 0;
let shown = 0;
docs.forEach((doc, index) => {
  if (splitOf(doc.url) !== run.articles) return;
  for (let v = 0; v < 3; v++) {
    const page = injectSpam(doc, run.seed * 100000 + index * 10 + v, run.pools, segment, run.headlineStyle, { donors });
    if (!page.families.includes('seo')) continue;
    const finders = mechanicalFinders(tools, [], page.paragraphs, page.title);
    page.paragraphs.forEach((text, p) => {
      // The commercial keywords pasted as link text are seo too (bench:spam counts them in the family): tagged.
      const seo = (page.truth[p] ?? []).map((t, i) => [t[0], t[1], page.styles[p]?.[i] ?? ''] as const).filter((_, i) => page.truth[p]?.[i]?.[2] === 'seo');
      if (!seo.length) return;
      const spans = finders.flatMap(([, find]) => find(text));
      for (const [start, end, style] of seo) {
        let h = 0;
        let m = 0;
        for (let k = start; k < end; k++) {
          if (spans.some((s) => s.tier === 'hidden' && s.start <= k && k < s.end)) h++;
          else if (spans.some((s) => s.start <= k && k < s.end)) m++;
        }
        total += end - start;
        hidden += h;
        shown += h + m;
        if (h < end - start) {
          const near = spans.filter((s) => s.start < end + 2 && start - 2 < s.end).map((s) => `${s.tier[0]}:${text.slice(s.start, s.end)}`);
          console.log(`MISS${style ? ` (${style})` : ''} ${end - start - h} …${text.slice(Math.max(0, start - 6), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 6)}… ${near.join(' | ')}`);
        }
      }
    });
  }
});
console.log(`seo (${split}, mechanical finders): ${total} pasted characters, hidden ${(hidden / total).toFixed(4)}, hidden or marked ${(shown / total).toFixed(4)}`);
