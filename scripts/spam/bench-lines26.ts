/**
 * Session 26: the writer's look-alike lines of ./lines26-lookalikes.ts (cheering lines closed by emoji,
 * quoted code and formulas, the site's live link rows) read by the whole pipeline, links included.
 * Nothing on these pages is pasted: every hidden character is a defect, every marked one a cost.
 * Per kind and place: pages, characters hidden and marked, and the finders (reasons) that hid them; and
 * the same without the outsider-line finder's spans (src/spam/find-outsider-lines.ts), i.e. as main
 * read them before it.
 *
 *   npx tsx scripts/spam/bench-lines26.ts                   held-out (seed 262), measuring only
 *   npx tsx scripts/spam/bench-lines26.ts --split=dev --show=N   dev (seed 261), N hidden lines printed
 */
import { OUTSIDER_REASONS } from '../../src/spam/find-outsider-lines';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { createRandom, type Split } from './inject';
import { LINES26_KINDS, LINES26_PLACES, LINES26_SEEDS, lines26Page } from './lines26-lookalikes';
import { createNodeSpamTools } from './node-tools';
import { loadToTraditional } from './traditional';

const option = (name: string): string | undefined => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as Split;
const show = split === 'dev' ? Number(option('show') ?? 0) : 0;
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === split);

console.log(`Writer's look-alike lines (lines26) — ${split} split, seed ${LINES26_SEEDS[split]}, ${articles.length} articles × ${LINES26_PLACES.length} places per kind`);
console.log('kind     place  pages   chars  hidden  marked | without outsider lines: hidden  marked | hidden by');
const outsider = new Set(Object.values(OUTSIDER_REASONS));
let shown = 0;
for (const [ki, kind] of LINES26_KINDS.entries()) {
  for (const [pi, place] of LINES26_PLACES.entries()) {
    let pages = 0;
    let chars = 0;
    let hidden = 0;
    let marked = 0;
    let hiddenBefore = 0;
    let markedBefore = 0;
    const by = new Map<string, number>();
    articles.forEach((article, index) => {
      const random = createRandom(LINES26_SEEDS[split] * 100000 + index * 100 + ki * 10 + pi);
      const page = lines26Page(article, kind, split, random, pi, toTraditional);
      pages++;
      chars += page.paragraphs.join('').length;
      const analysis = analyzeSpam(page.title, page.paragraphs, tools, page.links);
      const spans = spansOf(analysis);
      spansOf({ ...analysis, items: analysis.items.map((list) => list.filter((s) => !outsider.has(s.reason))) }).forEach((list) =>
        list.forEach((s) => (s.tier === 'hidden' ? (hiddenBefore += s.end - s.start) : (markedBefore += s.end - s.start))),
      );
      spans.forEach((list, p) =>
        list.forEach((s) => {
          const n = s.end - s.start;
          if (s.tier === 'hidden') {
            hidden += n;
            by.set(s.family, (by.get(s.family) ?? 0) + n);
            if (shown < show) {
              shown++;
              console.log(`  [${kind}/${place}] ${s.family}: ${page.paragraphs[p]?.slice(s.start, s.end)}`);
            }
          } else marked += n;
        }),
      );
    });
    const reasons = [...by].map(([f, n]) => `${f} ${n}`).join(', ');
    console.log(`${kind.padEnd(8)} ${place.padEnd(5)} ${String(pages).padStart(5)} ${String(chars).padStart(7)} ${String(hidden).padStart(7)} ${String(marked).padStart(7)} | ${String(hiddenBefore).padStart(30)} ${String(markedBefore).padStart(7)} | ${reasons}`);
  }
}
