/**
 * Benchmark of the held-out generator for s23-interface's classes (./interface23-heldout.ts, written
 * by s23-platform, frozen): per class and per place, character precision and recall of what is
 * hidden, and of what is hidden or marked; Simplified and Traditional pages apart. `lookalike` is
 * the writer's text about the same things: its figures are the look-alike characters hidden and
 * marked (hidden must be 0).
 *
 *   npx tsx scripts/spam/bench-interface23.ts                 held-out articles, seed 2301 (measure only)
 *   npx tsx scripts/spam/bench-interface23.ts --seed=2302     another draw from the same frozen vocabulary
 *   npx tsx scripts/spam/bench-interface23.ts --brief         one line per class (all places)
 *   npx tsx scripts/spam/bench-interface23.ts --styles=fold,share --places=quote
 *   npx tsx scripts/spam/bench-interface23.ts --show=N        N misses / wrong hides per class: reading them
 *                                                             spends the held-out set; say so in your report
 *
 * Pages: every held-out article, one page per class and place.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';
import { INTERFACE23_PLACES, INTERFACE23_STYLES, interface23Page, otherHeadlines } from './interface23-heldout';
import { excerpt, isSuspect, newTallies, score, type Tally, type Tallies } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const seed = Number(option('seed') ?? 2301);
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const styles = listed('styles', INTERFACE23_STYLES);
const places = listed('places', INTERFACE23_PLACES);
const show = Number(option('show') ?? 0);
const brief = args.includes('--brief');

const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === 'heldout');
const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));
const row = (label: string, t: Tally): string =>
  `${label.padEnd(26)} ${String(t.truth).padStart(6)}   ${ratio(t.predictedRight, t.predicted).padStart(9)} ${ratio(t.truthFound, t.truth).padStart(7)}   | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(9)} ${ratio(t.truthMarked, t.truth).padStart(7)}`;
const all = (t: Tallies): Tally => t.get('all') as Tally;

console.log(`Interface classes, held-out by s23-platform (interface23-heldout.ts) — ${articles.length} held-out articles, seed ${seed}`);
if (show) console.log(`(--show=${show}: held-out wordings printed — report that you read them)`);
console.log('class@place                 chars   HIDDEN prec  recall   | H|M prec  recall');
const total = newTallies();
const byPlace = new Map(places.map((p) => [p, newTallies()]));
const byScript = { simplified: newTallies(), traditional: newTallies() };
for (const style of styles) {
  const byStyle = newTallies();
  const lookalike = style === 'lookalike';
  const look = { chars: 0, hidden: 0, marked: 0 };
  const examples: string[] = [];
  for (const place of places) {
    const tallies = newTallies();
    articles.forEach((article, index) => {
      const random = createRandom(seed * 100000 + index * 100 + INTERFACE23_STYLES.indexOf(style) * 10 + INTERFACE23_PLACES.indexOf(place));
      const page = interface23Page(article, style, place, otherHeadlines(articles, article), random, toTraditional);
      const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools));
      const sink = show && examples.length < show ? { out: examples, limit: show } : undefined;
      const sinks = [tallies, byStyle, ...(lookalike ? [] : [total, byPlace.get(place) ?? newTallies(), page.traditional ? byScript.traditional : byScript.simplified])];
      for (const t of sinks) score(page.paragraphs, page.truth, found, t, t === byStyle ? sink : undefined);
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
  }
  if (lookalike) console.log(`${style.padEnd(26)} look-alike chars ${look.chars}: hidden ${look.hidden}, marked ${look.marked}`);
  else console.log(row(`${style} (all places)`, all(byStyle)));
  for (const line of examples.slice(0, show)) console.log(line);
}
for (const [place, t] of byPlace) console.log(row(`place ${place}`, all(t)));
console.log(row('Simplified pages', all(byScript.simplified)));
console.log(row('Traditional pages', all(byScript.traditional)));
console.log(row('all (interface classes)', all(total)));
