/**
 * Benchmark of ./interface23-styles.ts (s23-interface's classes, the site's interface copied into the
 * article): per style and per place, character precision and recall of what is hidden, and of what is
 * hidden or marked; the named classes, the never-named classes (iu-*, held-out only) and all together;
 * look-alike characters hidden (must be 0) and marked.
 *
 *   npx tsx scripts/spam/bench-interface23-styles.ts                         held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-interface23-styles.ts --split=dev --show=5    dev (build on this)
 *   npx tsx scripts/spam/bench-interface23-styles.ts --brief --styles=i-fold --places=inside
 *   npx tsx scripts/spam/bench-interface23-styles.ts --without=interface-runs
 *
 * The held-out split's examples are never printed.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';
import { hasStyle, INTERFACE23_PLACES, INTERFACE23_SEEDS, INTERFACE23_STYLES, INTERFACE23_UNNAMED, interface23Page } from './interface23-styles';
import type { Split } from './inject';
import { excerpt, isSuspect, newTallies, score, type Tally, type Tallies } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const split = (option('split') ?? 'heldout') as Split;
const seed = INTERFACE23_SEEDS[split];
const styles = listed('styles', INTERFACE23_STYLES).filter((s) => hasStyle(split, s));
const places = listed('places', INTERFACE23_PLACES);
const without = new Set(option('without')?.split(',') ?? []);
const show = split === 'dev' ? Number(option('show') ?? 0) : 0;
const brief = args.includes('--brief');

const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === split);
const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));
const all = (t: Tallies): Tally => t.get('all') as Tally;
const row = (label: string, t: Tally): string =>
  `${label.padEnd(24)} ${String(t.truth).padStart(6)}   ${ratio(t.predictedRight, t.predicted).padStart(9)} ${ratio(t.truthFound, t.truth).padStart(7)}   | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(9)} ${ratio(t.truthMarked, t.truth).padStart(7)}`;

console.log(`Interface residue (s23) — ${split} (${articles.length} articles, seed ${seed})${without.size ? `, without ${[...without].join(', ')}` : ''}`);
console.log('style@place               chars   HIDDEN prec  recall   | H|M prec  recall');
const named = newTallies();
const unnamed = newTallies();
const byPlace = new Map(places.map((p) => [p, newTallies()]));
for (const style of styles) {
  const byStyle = newTallies();
  const lookalike = style === 'i-lookalike';
  const group = (INTERFACE23_UNNAMED as readonly string[]).includes(style) ? unnamed : named;
  const look = { chars: 0, hidden: 0, marked: 0 };
  for (const place of places) {
    const tallies = newTallies();
    const examples: string[] = [];
    articles.forEach((article, index) => {
      const random = createRandom(seed * 100000 + index * 1000 + INTERFACE23_STYLES.indexOf(style) * 10 + INTERFACE23_PLACES.indexOf(place));
      const page = interface23Page(article, style, place, split, random, toTraditional);
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
console.log(row('never-named (iu-*)', all(unnamed)));
const total = newTallies();
for (const key of ['predicted', 'predictedRight', 'truth', 'truthFound', 'truthMarked', 'suspect', 'suspectRight'] as const) all(total)[key] = all(named)[key] + all(unnamed)[key];
console.log(row('all (spam styles)', all(total)));
