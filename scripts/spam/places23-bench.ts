/**
 * The one loop of the place benchmarks (sessions 22–24: ./bench-furniture.ts, ./bench-interface23.ts,
 * ./bench-interface23-styles.ts, ./bench-platform23.ts, ./bench-platform23-heldout.ts,
 * ./bench-furniture24.ts): per class and per place, character precision and recall of what is
 * hidden, and of what is hidden or marked; Simplified and Traditional pages apart, or groups of
 * classes; the writer's look-alike characters hidden (must be 0) and marked. A class whose name ends
 * in `lookalike` is the writer's text: no truth, counted apart.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { Article } from './inject';
import { createNodeSpamTools } from './node-tools';
import type { RedteamPage } from './redteam-a-styles';
import { excerpt, isSuspect, newTallies, score, type Tally, type Tallies } from './tally';

export interface PlacesBench<S extends string, P extends string> {
  heading: string;
  styles: readonly S[];
  places: readonly P[];
  /** The index of a style and of a place among all the generator's (so a filtered run draws the same pages). */
  styleIndex: (style: S) => number;
  placeIndex: (place: P) => number;
  articles: readonly Article[];
  seed: number;
  makePage: (article: Article, style: S, place: P, random: () => number) => RedteamPage & { traditional: boolean };
  /** Misses and wrong hides printed per class (0: none). */
  show: number;
  /** One line per class, no line per place. */
  brief: boolean;
  /** Finders left out (analyzeSpam's `without`). */
  without?: ReadonlySet<string>;
  /** A page's seed (default: seed·100000 + article·100 + class·10 + place; a generator of more than ten classes wants a wider stride). */
  pageSeed?: (article: number, style: number, place: number) => number;
  /** A last column: the writer's characters hidden on the pages that carry spam (hidden minus hidden right). */
  hostColumn?: boolean;
  /** Look-alike characters hidden, by the family of the span that hid them (which stage to look at). */
  lookalikeFamilies?: boolean;
  /** Groups of classes given a line each after the places' (e.g. named and never-named), instead of the scripts' lines. */
  groups?: readonly { label: string; styles: readonly string[] }[];
  /** The layout of session 22's and 23's first benches, kept so their printouts stay comparable. */
  layout?: Partial<Layout>;
}

interface Layout {
  /** The first column's name ('class', 'style') and width. */
  column: string;
  width: number;
  /** The last line's label. */
  totalLabel: string;
  /** Misses printed after each class@place line (each place up to `show`), rather than after each class's. */
  examplesByPlace: boolean;
  /** A line saying the wordings are printed, when they are. */
  showNotice: boolean;
}
const DEFAULT_LAYOUT: Layout = { column: 'class', width: 26, totalLabel: 'all (spam classes)', examplesByPlace: false, showNotice: true };

const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));
const all = (t: Tallies): Tally => t.get('all') as Tally;

export async function runPlacesBench<S extends string, P extends string>(bench: PlacesBench<S, P>, createRandom: (seed: number) => () => number): Promise<void> {
  const tools = await createNodeSpamTools();
  const layout = { ...DEFAULT_LAYOUT, ...bench.layout };
  const row = (label: string, t: Tally): string =>
    `${label.padEnd(layout.width)} ${String(t.truth).padStart(6)}   ${ratio(t.predictedRight, t.predicted).padStart(9)} ${ratio(t.truthFound, t.truth).padStart(7)}   | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(9)} ${ratio(t.truthMarked, t.truth).padStart(7)}${bench.hostColumn ? `   ${String(t.predicted - t.predictedRight).padStart(6)}` : ''}`;
  const pageSeedOf = bench.pageSeed ?? ((article: number, style: number, place: number) => bench.seed * 100000 + article * 100 + style * 10 + place);
  console.log(bench.heading);
  if (bench.show && layout.showNotice) console.log(`(--show=${bench.show}: wordings printed)`);
  console.log(`${`${layout.column}@place`.padEnd(layout.width + 2)}chars   HIDDEN prec  recall   | H|M prec  recall${bench.hostColumn ? '   host hidden' : ''}`);
  const total = newTallies();
  const byPlace = new Map(bench.places.map((p) => [p, newTallies()]));
  const byScript = { simplified: newTallies(), traditional: newTallies() };
  const byGroup = new Map((bench.groups ?? []).map((g) => [g, newTallies()]));
  for (const style of bench.styles) {
    const byStyle = newTallies();
    const lookalike = style.endsWith('lookalike');
    const groups = [...byGroup].filter(([g]) => g.styles.includes(style)).map(([, t]) => t);
    const look = { chars: 0, hidden: 0, marked: 0, families: new Map<string, number>() };
    let examples: string[] = [];
    for (const place of bench.places) {
      const tallies = newTallies();
      if (layout.examplesByPlace) examples = [];
      // Misses go to the class@place tally (each place up to `show`) or to the class's (up to `show` in all).
      const exampleSink = layout.examplesByPlace ? tallies : byStyle;
      bench.articles.forEach((article, index) => {
        const random = createRandom(pageSeedOf(index, bench.styleIndex(style), bench.placeIndex(place)));
        const page = bench.makePage(article, style, place, random);
        const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools, undefined, bench.without));
        const sink = bench.show && (layout.examplesByPlace || examples.length < bench.show) ? { out: examples, limit: bench.show } : undefined;
        const sinks = [tallies, byStyle, ...(lookalike ? [] : [total, byPlace.get(place) ?? newTallies(), page.traditional ? byScript.traditional : byScript.simplified, ...groups])];
        for (const t of sinks) score(page.paragraphs, page.truth, found, t, t === exampleSink ? sink : undefined);
        page.lookalike.forEach((ranges, p) => {
          for (const [a, b] of ranges) {
            look.chars += b - a;
            for (const s of found[p] ?? []) {
              const overlap = Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
              if (isSuspect(s)) look.marked += overlap;
              else {
                look.hidden += overlap;
                if (overlap) look.families.set(s.family, (look.families.get(s.family) ?? 0) + overlap);
              }
              if (overlap && bench.show && examples.length < bench.show) examples.push(`  LOOKALIKE ${s.tier} ${s.family}: ${excerpt(page.paragraphs[p] ?? '', s.start, s.end)}`);
            }
          }
        });
      });
      if (!lookalike && !bench.brief) console.log(row(`${style}@${place}`, all(tallies)));
      if (layout.examplesByPlace) for (const example of examples) console.log(example);
    }
    const families = bench.lookalikeFamilies && look.families.size ? ` (${[...look.families].map(([f, k]) => `${f} ${k}`).join(', ')})` : '';
    if (lookalike) console.log(`${style.padEnd(layout.width)} look-alike chars ${look.chars}: hidden ${look.hidden}${families}, marked ${look.marked}`);
    else console.log(row(`${style} (all places)`, all(byStyle)));
    if (!layout.examplesByPlace) for (const example of examples.slice(0, bench.show)) console.log(example);
  }
  for (const [place, t] of byPlace) console.log(row(`place ${place}`, all(t)));
  if (bench.groups) for (const [group, t] of byGroup) console.log(row(group.label, all(t)));
  else {
    console.log(row('Simplified pages', all(byScript.simplified)));
    console.log(row('Traditional pages', all(byScript.traditional)));
  }
  console.log(row(layout.totalLabel, all(total)));
}
