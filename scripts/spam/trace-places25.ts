/**
 * Which gate drops a place (s25-places, dev only): each piece of ./places25-styles.ts is read twice —
 * where the generator glued it, and standing alone as its own paragraph below the same host
 * paragraph (the piece taken out of it) — by every mechanical finder and by the whole pipeline.
 * Per place: how many pieces the pipeline hides (half or more of their characters) in place and
 * alone; per finder, of the pieces it hides alone, how many it still hides in place, only marks, or
 * no longer finds. With --show=N, N pieces a finder hides alone and drops in place, per place.
 *
 *   npx tsx scripts/spam/trace-places25.ts [--every=2] [--places=quote-mid,between] [--styles=grey] [--show=3]
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { mechanicalFinders } from '../../src/spam/mechanical-finders';
import { isEnclosedNumber } from '../../src/spam/text-classes';
import type { SpamSpan } from '../../src/spam/types';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';
import { PLACES25_PLACES, PLACES25_SEEDS, PLACES25_SOURCES, places25Page, quotingArticles } from './places25-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const every = Number(option('every') ?? 1);
const show = Number(option('show') ?? 0);
const seed = PLACES25_SEEDS.dev;
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const articles = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === 'dev')).filter((_, i) => i % every === 0);

/** Characters of [a, b) a list of spans hides, and marks. */
function cover(spans: readonly SpamSpan[], a: number, b: number): { hidden: number; marked: number } {
  const out = { hidden: 0, marked: 0 };
  for (const s of spans) {
    const k = Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
    if (s.tier === 'suspect') out.marked += k;
    else out.hidden += k;
  }
  return out;
}

function finderCover(title: string, paragraphs: string[], p: number, a: number, b: number): Map<string, { hidden: number; marked: number }> {
  const pageNumbers = paragraphs.flatMap((text) => [...text].filter(isEnclosedNumber));
  const text = paragraphs[p] ?? '';
  return new Map(mechanicalFinders(tools, pageNumbers, paragraphs, title).map(([name, find]) => [name, cover(find(text), a, b)]));
}

interface PlaceTrace {
  pieces: number;
  inPlace: number;
  alone: number;
  finders: Map<string, { alone: number; hidden: number; marked: number; none: number; examples: string[] }>;
}
const traces = new Map(listed('places', PLACES25_PLACES).filter((p) => p !== 'own').map((place) => [place, { pieces: 0, inPlace: 0, alone: 0, finders: new Map() } as PlaceTrace]));
for (const [place, trace] of traces) {
  for (const source of listed('styles', PLACES25_SOURCES)) {
    articles.forEach((article, index) => {
      const random = createRandom(seed * 100000 + index * 100 + PLACES25_SOURCES.indexOf(source) * 10 + PLACES25_PLACES.indexOf(place));
      const page = places25Page(article, source, place, 'dev', random, toTraditional);
      const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools));
      page.truth.forEach((spans, p) => {
        for (const [a, b] of spans) {
          const text = page.paragraphs[p] ?? '';
          const piece = text.slice(a, b).replace(/[，,]$/u, '');
          // The same piece standing alone below the host paragraph it was taken out of.
          const alone = [...page.paragraphs.slice(0, p), text.slice(0, a) + text.slice(b), piece, ...page.paragraphs.slice(p + 1)];
          const foundAlone = spansOf(analyzeSpam(page.title, alone, tools));
          trace.pieces++;
          const half = (c: { hidden: number }, n: number): boolean => c.hidden * 2 >= n;
          if (half(cover(found[p] ?? [], a, b), b - a)) trace.inPlace++;
          if (half(cover(foundAlone[p + 1] ?? [], 0, piece.length), piece.length)) trace.alone++;
          const here = finderCover(page.title, page.paragraphs, p, a, b);
          const there = finderCover(page.title, alone, p + 1, 0, piece.length);
          for (const [name, c] of there) {
            if (!half(c, piece.length)) continue;
            const f = trace.finders.get(name) ?? { alone: 0, hidden: 0, marked: 0, none: 0, examples: [] };
            trace.finders.set(name, f);
            f.alone++;
            const h = here.get(name) ?? { hidden: 0, marked: 0 };
            if (half(h, b - a)) f.hidden++;
            else if (h.marked + h.hidden > 0) f.marked++;
            else f.none++;
            if (!half(h, b - a) && f.examples.length < show) f.examples.push(`${h.marked ? 'marked' : h.hidden ? 'part' : 'none'}: …${text.slice(Math.max(0, a - 14), a)}[${text.slice(a, b)}]${text.slice(b, b + 10)}…`);
          }
        }
      });
    });
  }
  console.log(`${place}: pieces ${trace.pieces}, pipeline hides ${trace.inPlace} in place, ${trace.alone} alone`);
  for (const [name, f] of [...trace.finders].sort((x, y) => y[1].alone - x[1].alone)) {
    console.log(`  ${name.padEnd(20)} alone ${String(f.alone).padStart(4)} → in place hidden ${String(f.hidden).padStart(4)}, marked ${String(f.marked).padStart(3)}, none ${String(f.none).padStart(3)}`);
    for (const e of f.examples) console.log(`      ${e}`);
  }
}
