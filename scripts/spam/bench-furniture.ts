/**
 * Benchmark of session 22's interface-furniture generator (./furniture22-styles.ts): per style and per
 * place, character precision and recall of what is hidden, and of what is hidden or marked.
 * `f-lookalike` is the writer's text about the same things: its figures are the look-alike characters
 * hidden and marked (hidden must be 0).
 *
 *   npx tsx scripts/spam/bench-furniture.ts                  held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-furniture.ts --split=dev      dev (build on this)
 *   npx tsx scripts/spam/bench-furniture.ts --split=dev --styles=f-rating --places=inside --show=5
 *   npx tsx scripts/spam/bench-furniture.ts --brief           one line per style (all places)
 *   npx tsx scripts/spam/bench-furniture.ts --without=interface-furniture
 *
 * Pages: every article of the split, one page per style and place each, from the split's seed. The
 * held-out split's examples are never printed.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { createRandom, type Split } from './inject';
import { createNodeSpamTools } from './node-tools';
import { FURNITURE22_PLACES, FURNITURE22_SEEDS, FURNITURE22_STYLES, furniture22Page, type Furniture22Place, type Furniture22Style } from './furniture22-styles';
import { excerpt, isSuspect, newTallies, score, type Tally } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as Split;
const seed = FURNITURE22_SEEDS[split];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const styles = listed('styles', FURNITURE22_STYLES);
const places = listed('places', FURNITURE22_PLACES);
const without = new Set(option('without')?.split(',') ?? []);
const show = split === 'dev' ? Number(option('show') ?? 0) : 0;
const brief = args.includes('--brief');

const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === split);
const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));
const row = (label: string, t: Tally): string =>
  `${label.padEnd(22)} ${String(t.truth).padStart(6)}   ${ratio(t.predictedRight, t.predicted).padStart(9)} ${ratio(t.truthFound, t.truth).padStart(7)}   | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(9)} ${ratio(t.truthMarked, t.truth).padStart(7)}`;

console.log(`Interface furniture (s22) — ${split} (${articles.length} articles, seed ${seed})${without.size ? `, without ${[...without].join(', ')}` : ''}`);
console.log('style@place             chars   HIDDEN prec  recall   | H|M prec  recall');
const total = newTallies();
const byPlace = new Map(places.map((p) => [p, newTallies()]));
for (const style of styles) {
  const byStyle = newTallies();
  const lookalike = style === 'f-lookalike';
  const look = { chars: 0, hidden: 0, marked: 0 };
  for (const place of places) {
    const tallies = newTallies();
    const examples: string[] = [];
    articles.forEach((article, index) => {
      const random = createRandom(seed * 100000 + index * 100 + FURNITURE22_STYLES.indexOf(style) * 10 + FURNITURE22_PLACES.indexOf(place));
      const page = furniture22Page(article, style as Furniture22Style, place as Furniture22Place, split, random, toTraditional);
      const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools, undefined, without));
      const sink = show ? { out: examples, limit: show } : undefined;
      for (const t of [tallies, byStyle, ...(lookalike ? [] : [total, byPlace.get(place) ?? newTallies()])]) score(page.paragraphs, page.truth, found, t, t === tallies ? sink : undefined);
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
    if (!lookalike && !brief) console.log(row(`${style}@${place}`, tallies.get('all') as Tally));
    for (const line of examples) console.log(line);
  }
  if (lookalike) console.log(`${style.padEnd(22)} look-alike chars ${look.chars}: hidden ${look.hidden}, marked ${look.marked}`);
  else console.log(row(`${style} (all places)`, byStyle.get('all') as Tally));
}
for (const [place, t] of byPlace) console.log(row(`place ${place}`, t.get('all') as Tally));
console.log(row('all (spam styles)', total.get('all') as Tally));
