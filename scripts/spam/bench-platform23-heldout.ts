/**
 * Benchmark of ./platform23-heldout.ts (s23-platform's classes, held-out written by s23-interface):
 * per style and per place, character precision and recall of what is hidden, and of what is hidden
 * or marked; the named classes, the never-named classes (pu-*) and all together; look-alike
 * characters hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-platform23-heldout.ts                 every style, every place
 *   npx tsx scripts/spam/bench-platform23-heldout.ts --brief         one line per style
 *   npx tsx scripts/spam/bench-platform23-heldout.ts --styles=p-poll --places=inside
 *   npx tsx scripts/spam/bench-platform23-heldout.ts --without=comment-rows
 *   npx tsx scripts/spam/bench-platform23-heldout.ts --show=N        N misses per row: reading them spends the
 *                                                                    held-out; say so in your report
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';
import { PLATFORM23_PLACES, PLATFORM23_SEED, PLATFORM23_STYLES, PLATFORM23_UNNAMED, platform23Page } from './platform23-heldout';
import { excerpt, isSuspect, newTallies, score, type Tally, type Tallies } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const styles = listed('styles', PLATFORM23_STYLES);
const places = listed('places', PLATFORM23_PLACES);
const without = new Set(option('without')?.split(',') ?? []);
const show = Number(option('show') ?? 0);
const brief = args.includes('--brief');

const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === 'heldout');
const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));
const all = (t: Tallies): Tally => t.get('all') as Tally;
const row = (label: string, t: Tally): string =>
  `${label.padEnd(24)} ${String(t.truth).padStart(6)}   ${ratio(t.predictedRight, t.predicted).padStart(9)} ${ratio(t.truthFound, t.truth).padStart(7)}   | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(9)} ${ratio(t.truthMarked, t.truth).padStart(7)}`;

console.log(`Platform rows, held-out by s23-interface (${articles.length} held-out articles, seed ${PLATFORM23_SEED})${without.size ? `, without ${[...without].join(', ')}` : ''}`);
console.log('style@place               chars   HIDDEN prec  recall   | H|M prec  recall');
const named = newTallies();
const unnamed = newTallies();
const byPlace = new Map(places.map((p) => [p, newTallies()]));
for (const style of styles) {
  const byStyle = newTallies();
  const lookalike = style === 'p-lookalike';
  const group = (PLATFORM23_UNNAMED as readonly string[]).includes(style) ? unnamed : named;
  const look = { chars: 0, hidden: 0, marked: 0 };
  for (const place of places) {
    const tallies = newTallies();
    const examples: string[] = [];
    articles.forEach((article, index) => {
      const random = createRandom(PLATFORM23_SEED * 100000 + index * 1000 + PLATFORM23_STYLES.indexOf(style) * 10 + PLATFORM23_PLACES.indexOf(place));
      const page = platform23Page(article, style, place, random, toTraditional);
      const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools, undefined, without));
      const sink = show ? { out: examples, limit: show } : undefined;
      for (const t of [tallies, byStyle, ...(lookalike ? [] : [group, byPlace.get(place) ?? newTallies()])]) score(page.paragraphs, page.truth, found, t, t === tallies ? sink : undefined);
      page.lookalike.forEach((ranges, p) => {
        for (const [a, b] of ranges) {
          look.chars += b - a;
          for (const s of found[p] ?? []) {
            const overlap = Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
            if (isSuspect(s)) look.marked += overlap;
            else look.hidden += overlap;
            if (overlap && show && examples.length < show) examples.push(`  LOOKALIKE ${s.tier} ${s.family}: ${excerpt(page.paragraphs[p] ?? '', s.start, s.end)}`);
          }
        }
      });
    });
    if (!lookalike && !brief) console.log(row(`${style}@${place}`, all(tallies)));
    for (const line of examples) console.log(line);
  }
  if (lookalike) console.log(`${style.padEnd(24)} look-alike chars ${look.chars}: hidden ${look.hidden}, marked ${look.marked}`);
  else console.log(row(`${style} (all places)`, all(byStyle)));
}
for (const [place, t] of byPlace) console.log(row(`place ${place}`, all(t)));
console.log(row('named classes', all(named)));
console.log(row('never-named (pu-*)', all(unnamed)));
const total = newTallies();
for (const key of ['predicted', 'predictedRight', 'truth', 'truthFound', 'truthMarked', 'suspect', 'suspectRight'] as const) all(total)[key] = all(named)[key] + all(unnamed)[key];
console.log(row('all (spam styles)', all(total)));
