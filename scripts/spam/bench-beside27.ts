/**
 * Benchmark of ./beside27-styles.ts (s27-places, frozen first): a writer's short clause right before
 * or after a pasted piece, in nine places. Per place and per source: the piece's characters hidden
 * and hidden or marked (recall), and — what this bench is for — the writer's clause's characters
 * hidden (must be 0) and marked, and the rest of the writer's text hidden on those pages. Per kind of
 * clause too (question, exclamation, narration, urging words in narration).
 *
 *   npx tsx scripts/spam/bench-beside27.ts                         held-out (frozen: measure only)
 *   npx tsx scripts/spam/bench-beside27.ts --split=dev --show=5    dev (build on this; prints the writer's clauses hidden)
 *   npx tsx scripts/spam/bench-beside27.ts --every=2 --places=between-before --sources=grey --without=some-finder
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { BESIDE27_CLAUSES, BESIDE27_PLACES, BESIDE27_SEEDS, BESIDE27_SOURCES, beside27Page } from './beside27-styles';
import { loadCorpus, splitOf, type Split } from './corpus';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';
import { quotingArticles } from './places25-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const split = (option('split') ?? 'heldout') as Split;
const seed = BESIDE27_SEEDS[split];
const every = Number(option('every') ?? 1);
const show = split === 'dev' ? Number(option('show') ?? 0) : 0;
const without = new Set(option('without')?.split(',') ?? []);
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const all = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === split));
const articles = all.map((article, index) => ({ article, index })).filter(({ index }) => index % every === 0);

interface Tally {
  piece: number;
  pieceHidden: number;
  pieceMarked: number;
  writer: number;
  writerHidden: number;
  writerMarked: number;
  hostHidden: number;
  families: Map<string, number>;
}
const newTally = (): Tally => ({ piece: 0, pieceHidden: 0, pieceMarked: 0, writer: 0, writerHidden: 0, writerMarked: 0, hostHidden: 0, families: new Map() });
const overlap = (s: SpamSpan, a: number, b: number): number => Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(4) : '   -  ');
const line = (label: string, t: Tally): string =>
  `${label.padEnd(30)} ${String(t.piece).padStart(6)} ${ratio(t.pieceHidden, t.piece)} ${ratio(t.pieceHidden + t.pieceMarked, t.piece)}   ${String(t.writer).padStart(5)} ${String(t.writerHidden).padStart(5)} ${String(t.writerMarked).padStart(5)}   ${String(t.hostHidden).padStart(5)}${t.families.size ? `  (${[...t.families].map(([f, k]) => `${f} ${k}`).join(', ')})` : ''}`;

console.log(`Beside (s27) — ${split}: ${articles.length} of ${all.length} articles that quote someone${every > 1 ? ` (every ${every})` : ''}, seed ${seed}${without.size ? `, without ${[...without].join(', ')}` : ''}`);
console.log(`${'source@place'.padEnd(30)}  piece hidden   H|M   writer hidden marked   other writer's hidden (families hiding the clause)`);
const total = newTally();
const byPlace = new Map(BESIDE27_PLACES.map((p) => [p, newTally()]));
const byClause = new Map(BESIDE27_CLAUSES.map((c) => [c, newTally()]));
const byScript = { simplified: newTally(), traditional: newTally() };
const examples: string[] = [];
for (const source of listed('sources', BESIDE27_SOURCES)) {
  const bySource = newTally();
  for (const place of listed('places', BESIDE27_PLACES)) {
    for (const { article, index } of articles) {
      const random = createRandom(seed * 100000 + index * 100 + BESIDE27_SOURCES.indexOf(source) * 10 + BESIDE27_PLACES.indexOf(place));
      const page = beside27Page(article, source, place, split, random, toTraditional);
      const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools, undefined, without));
      const sinks = [total, bySource, byPlace.get(place) ?? newTally(), byClause.get(page.clause) ?? newTally(), page.traditional ? byScript.traditional : byScript.simplified];
      page.paragraphs.forEach((text, p) => {
        const truth = page.truth[p] ?? [];
        const writers = page.writers[p] ?? [];
        for (const s of found[p] ?? []) {
          const hidden = s.tier === 'hidden';
          let inTruth = 0;
          for (const [a, b] of truth) inTruth += overlap(s, a, b);
          let inWriter = 0;
          for (const [a, b] of writers) inWriter += overlap(s, a, b);
          for (const t of sinks) {
            if (hidden) t.pieceHidden += inTruth;
            else t.pieceMarked += inTruth;
            if (hidden) t.writerHidden += inWriter;
            else t.writerMarked += inWriter;
            if (hidden) t.hostHidden += s.end - s.start - inTruth - inWriter;
            if (hidden && inWriter) t.families.set(s.family, (t.families.get(s.family) ?? 0) + inWriter);
          }
          if (hidden && inWriter && examples.length < show) examples.push(`  ${source}@${place} ${s.family} "${s.reason.slice(0, 60)}": …${text.slice(Math.max(0, s.start - 12), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 12)}…`);
        }
        for (const t of sinks) {
          for (const [a, b] of truth) t.piece += b - a;
          for (const [a, b] of writers) t.writer += b - a;
        }
      });
    }
  }
  console.log(line(`${source} (all places)`, bySource));
}
for (const [place, t] of byPlace) console.log(line(`place ${place}`, t));
for (const [clause, t] of byClause) console.log(line(`clause ${clause}`, t));
console.log(line('Simplified pages', byScript.simplified));
console.log(line('Traditional pages', byScript.traditional));
console.log(line('all', total));
for (const e of examples) console.log(e);
