/**
 * Benchmark of session 20's plug generator (./plug-styles.ts): per style and per place, character
 * precision and recall of what is hidden, and of what is hidden or marked. `p-lookalike` (`r-lookalike`) is the
 * writer's text like the plugs: its figures are the look-alike characters hidden and marked (each
 * should be 0).
 *
 *   npx tsx scripts/spam/bench-plugs.ts                  held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-plugs.ts --split=dev      dev (build on this)
 *   npx tsx scripts/spam/bench-plugs.ts --styles=p-app --places=clause --show=5
 *   npx tsx scripts/spam/bench-plugs.ts --without=reader-lures
 *   npx tsx scripts/spam/bench-plugs.ts --generator=rows21   session 21's rows, coupons, contacts, plugs and bait (./rows21-styles.ts)
 *   npx tsx scripts/spam/bench-plugs.ts --generator=rows22   session 22's glued rows, contact lines, coupon codes (./rows22-styles.ts);
 *     a spam style's line then also gives the writer's clause glued before a row (look-alike chars)
 *   npx tsx scripts/spam/bench-plugs.ts --generator=rows23   session 23's old row classes in QA22's six places (./rows23-styles.ts)
 *
 * Pages: every article of the split, one page per style and place each, from the split's seed.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';
import { PLUG_PLACES, PLUG_SEEDS, PLUG_STYLES, plugPage, type PlugSplit } from './plug-styles';
import { ROWS21_PLACES, ROWS21_SEEDS, ROWS21_STYLES, rows21Page, type Rows21Place, type Rows21Style } from './rows21-styles';
import { ROWS22_PLACES, ROWS22_SEEDS, ROWS22_STYLES, rows22Page, type Rows22Place, type Rows22Style } from './rows22-styles';
import { ROWS23_PLACES, ROWS23_SEEDS, ROWS23_STYLES, rows23Page, type Rows23Place, type Rows23Style } from './rows23-styles';
import { excerpt, isSuspect, newTallies, score, type Tally } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as PlugSplit;
const rows21 = option('generator') === 'rows21';
const rows22 = option('generator') === 'rows22';
const rows23 = option('generator') === 'rows23';
const allStyles: readonly string[] = rows23 ? ROWS23_STYLES : rows22 ? ROWS22_STYLES : rows21 ? ROWS21_STYLES : PLUG_STYLES;
const allPlaces: readonly string[] = rows23 ? ROWS23_PLACES : rows22 ? ROWS22_PLACES : rows21 ? ROWS21_PLACES : PLUG_PLACES;
const seed = (rows23 ? ROWS23_SEEDS[split as 'dev' | 'heldout'] : (rows22 ? ROWS22_SEEDS : rows21 ? ROWS21_SEEDS : PLUG_SEEDS)[split]);
const listed = (name: string, all: readonly string[]): string[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const styles = listed('styles', allStyles);
const places = listed('places', allPlaces);
const isLookalike = (style: string): boolean => style.endsWith('lookalike');
const without = new Set(option('without')?.split(',') ?? []);
const show = Number(option('show') ?? 0);

const tools = await createNodeSpamTools();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const toTraditional = await loadToTraditional();
// --limit=N reads the split's first N articles only (a quick look while building; figures are on all of them).
const articles = loadCorpus()
  .filter((doc) => splitOf(doc.url) === (split === 'dev' ? 'dev' : 'heldout'))
  .slice(0, Number(option('limit') ?? Infinity));
const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));
const row = (label: string, t: Tally): string =>
  `${label.padEnd(20)} ${String(t.truth).padStart(6)}   ${ratio(t.predictedRight, t.predicted).padStart(9)} ${ratio(t.truthFound, t.truth).padStart(7)}   | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(9)} ${ratio(t.truthMarked, t.truth).padStart(7)}`;

console.log(`${rows23 ? 'Old row classes in six places (s23)' : rows22 ? 'Glued rows, contact lines, coupon codes (s22)' : rows21 ? 'Rows, coupons, contacts, plugs, bait (s21)' : 'Plugs (s20)'} — ${split} (${articles.length} articles, seed ${seed})${without.size ? `, without ${[...without].join(', ')}` : ''}`);
console.log('style@place          chars   HIDDEN prec  recall   | H|M prec  recall');
const total = newTallies();
const byPlace = new Map(places.map((p) => [p, newTallies()]));
for (const style of styles) {
  const byStyle = newTallies();
  for (const place of places) {
    const tallies = newTallies();
    const look = { chars: 0, hidden: 0, marked: 0 };
    const examples: string[] = [];
    articles.forEach((article, index) => {
      const random = createRandom(seed * 100000 + index * 100 + allStyles.indexOf(style) * 10 + allPlaces.indexOf(place));
      const page = rows23
        ? rows23Page(article, style as Rows23Style, place as Rows23Place, split as 'dev' | 'heldout', random, segment, toTraditional)
        : rows22
        ? rows22Page(article, style as Rows22Style, place as Rows22Place, split as 'dev' | 'heldout', random, segment, toTraditional)
        : rows21
        ? rows21Page(article, style as Rows21Style, place as Rows21Place, split, random, segment, toTraditional)
        : plugPage(article, style as (typeof PLUG_STYLES)[number], place as (typeof PLUG_PLACES)[number], split, random, segment);
      const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools, undefined, without));
      const sink = show ? { out: examples, limit: show } : undefined;
      for (const t of [tallies, byStyle, ...(isLookalike(style) ? [] : [total, byPlace.get(place) ?? newTallies()])]) score(page.paragraphs, page.truth, found, t, t === tallies ? sink : undefined);
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
    if (isLookalike(style)) console.log(`${`${style}@${place}`.padEnd(20)} look-alike chars ${look.chars}: hidden ${look.hidden}, marked ${look.marked}`);
    else console.log(row(`${style}@${place}`, tallies.get('all') as Tally) + (look.chars ? `   writer's glued-before chars ${look.chars}: hidden ${look.hidden}, marked ${look.marked}` : ''));
    for (const line of examples) console.log(line);
  }
  if (!isLookalike(style)) console.log(row(`${style} (all places)`, byStyle.get('all') as Tally));
}
for (const [place, t] of byPlace) console.log(row(`place ${place}`, t.get('all') as Tally));
console.log(row('all (spam styles)', total.get('all') as Tally));
