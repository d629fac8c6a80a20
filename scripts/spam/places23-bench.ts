/**
 * The one loop of session 23's place benchmarks (./bench-interface23.ts, ./bench-platform23.ts): per
 * class and per place, character precision and recall of what is hidden, and of what is hidden or
 * marked; Simplified and Traditional pages apart; the writer's look-alike characters hidden (must be
 * 0) and marked.
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
}

const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));
const all = (t: Tallies): Tally => t.get('all') as Tally;
const row = (label: string, t: Tally, host = false): string =>
  `${label.padEnd(26)} ${String(t.truth).padStart(6)}   ${ratio(t.predictedRight, t.predicted).padStart(9)} ${ratio(t.truthFound, t.truth).padStart(7)}   | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(9)} ${ratio(t.truthMarked, t.truth).padStart(7)}${host ? `   ${String(t.predicted - t.predictedRight).padStart(6)}` : ''}`;

export async function runPlacesBench<S extends string, P extends string>(bench: PlacesBench<S, P>, createRandom: (seed: number) => () => number): Promise<void> {
  const tools = await createNodeSpamTools();
  console.log(bench.heading);
  if (bench.show) console.log(`(--show=${bench.show}: wordings printed)`);
  console.log(`class@place                 chars   HIDDEN prec  recall   | H|M prec  recall${bench.hostColumn ? '   host hidden' : ''}`);
  const line = (label: string, t: Tally): string => row(label, t, bench.hostColumn);
  const pageSeedOf = bench.pageSeed ?? ((article: number, style: number, place: number) => bench.seed * 100000 + article * 100 + style * 10 + place);
  const total = newTallies();
  const byPlace = new Map(bench.places.map((p) => [p, newTallies()]));
  const byScript = { simplified: newTallies(), traditional: newTallies() };
  for (const style of bench.styles) {
    const byStyle = newTallies();
    const lookalike = style.endsWith('lookalike');
    const look = { chars: 0, hidden: 0, marked: 0 };
    const examples: string[] = [];
    for (const place of bench.places) {
      const tallies = newTallies();
      bench.articles.forEach((article, index) => {
        const random = createRandom(pageSeedOf(index, bench.styleIndex(style), bench.placeIndex(place)));
        const page = bench.makePage(article, style, place, random);
        const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools, undefined, bench.without));
        const sink = bench.show && examples.length < bench.show ? { out: examples, limit: bench.show } : undefined;
        const sinks = [tallies, byStyle, ...(lookalike ? [] : [total, byPlace.get(place) ?? newTallies(), page.traditional ? byScript.traditional : byScript.simplified])];
        for (const t of sinks) score(page.paragraphs, page.truth, found, t, t === byStyle ? sink : undefined);
        page.lookalike.forEach((ranges, p) => {
          for (const [a, b] of ranges) {
            look.chars += b - a;
            for (const s of found[p] ?? []) {
              const overlap = Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
              if (isSuspect(s)) look.marked += overlap;
              else look.hidden += overlap;
              if (overlap && bench.show && examples.length < bench.show) examples.push(`  LOOKALIKE ${s.tier} ${s.family}: ${excerpt(page.paragraphs[p] ?? '', s.start, s.end)}`);
            }
          }
        });
      });
      if (!lookalike && !bench.brief) console.log(line(`${style}@${place}`, all(tallies)));
    }
    if (lookalike) console.log(`${style.padEnd(26)} look-alike chars ${look.chars}: hidden ${look.hidden}, marked ${look.marked}`);
    else console.log(line(`${style} (all places)`, all(byStyle)));
    for (const example of examples.slice(0, bench.show)) console.log(example);
  }
  for (const [place, t] of byPlace) console.log(line(`place ${place}`, all(t)));
  console.log(line('Simplified pages', all(byScript.simplified)));
  console.log(line('Traditional pages', all(byScript.traditional)));
  console.log(line('all (spam classes)', all(total)));
}
