/**
 * Which finder a place loses (s30-inside, dev only): each piece of ./places30-styles.ts is read where
 * the generator glued it and standing alone as a paragraph of its own below the same host paragraph
 * (the piece taken out of it), by the whole pipeline. Per place: pieces hidden (half or more of
 * their characters) in place and alone; per finder (the reason of the span that hides the piece
 * alone, its first words), how many it hides alone and how many of them are still hidden in place,
 * only marked, or not found. --show=N prints N lost pieces per place.
 *
 *   npx tsx scripts/spam/trace-places30.ts [--every=2] [--places=inside,quote] [--styles=cookie] [--show=3]
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { loadCorpus, splitOf } from './corpus';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';
import { quotingArticles } from './places25-styles';
import { PLACES30_PLACES, PLACES30_SEEDS, PLACES30_STYLES, places30Page } from './places30-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const listed = <T extends string>(name: string, all: readonly T[]): T[] => all.filter((s) => !option(name) || (option(name)?.split(',') ?? []).includes(s));
const every = Number(option('every') ?? 1);
const show = Number(option('show') ?? 0);
const seed = PLACES30_SEEDS.dev;
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const all = quotingArticles(loadCorpus().filter((doc) => splitOf(doc.url) === 'dev'));
const articles = all.map((article, index) => ({ article, index })).filter(({ index }) => index % every === 0);

const cover = (spans: readonly SpamSpan[], a: number, b: number, tier: 'hidden' | 'suspect'): SpamSpan[] => spans.filter((s) => (s.tier ?? 'hidden') === tier && Math.min(b, s.end) > Math.max(a, s.start));
const chars = (spans: readonly SpamSpan[], a: number, b: number): number => spans.reduce((n, s) => n + Math.max(0, Math.min(b, s.end) - Math.max(a, s.start)), 0);
const finderOf = (s: SpamSpan): string => `${s.family}:${s.reason.slice(0, 28)}`;

for (const place of listed('places', PLACES30_PLACES).filter((p) => p !== 'own')) {
  const trace = { pieces: 0, inPlace: 0, alone: 0, finders: new Map<string, { alone: number; hidden: number; marked: number; none: number }>(), examples: [] as string[] };
  for (const style of listed('styles', PLACES30_STYLES).filter((s) => s !== 'cited-lookalike')) {
    for (const { article, index } of articles) {
      const random = createRandom(seed * 1000000 + index * 1000 + PLACES30_STYLES.indexOf(style) * 10 + PLACES30_PLACES.indexOf(place));
      const page = places30Page(article, style, place, 'dev', random, toTraditional);
      const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools));
      page.truth.forEach((spans, p) => {
        for (const [a, b] of spans) {
          const text = page.paragraphs[p] ?? '';
          const piece = text.slice(a, b).replace(/[，,。]$/u, '');
          const alone = [...page.paragraphs.slice(0, p), text.slice(0, a) + text.slice(b), piece, ...page.paragraphs.slice(p + 1)];
          const foundAlone = spansOf(analyzeSpam(page.title, alone, tools))[p + 1] ?? [];
          trace.pieces++;
          const hereHidden = chars(cover(found[p] ?? [], a, b, 'hidden'), a, b) * 2 >= b - a;
          const hereMarked = cover(found[p] ?? [], a, b, 'suspect').length > 0;
          const aloneSpans = cover(foundAlone, 0, piece.length, 'hidden');
          if (hereHidden) trace.inPlace++;
          if (chars(aloneSpans, 0, piece.length) * 2 < piece.length) continue;
          trace.alone++;
          const name = finderOf(aloneSpans.reduce((x, y) => (y.end - y.start > x.end - x.start ? y : x)));
          const f = trace.finders.get(name) ?? { alone: 0, hidden: 0, marked: 0, none: 0 };
          trace.finders.set(name, f);
          f.alone++;
          if (hereHidden) f.hidden++;
          else if (hereMarked) f.marked++;
          else f.none++;
          if (!hereHidden && trace.examples.length < show) trace.examples.push(`${style} ${name}: …${text.slice(Math.max(0, a - 12), a)}[${text.slice(a, b)}]${text.slice(b, b + 10)}…`);
        }
      });
    }
  }
  console.log(`${place}: pieces ${trace.pieces}, hidden in place ${trace.inPlace}, alone ${trace.alone}`);
  for (const [name, f] of [...trace.finders].sort((x, y) => y[1].alone - x[1].alone)) console.log(`  ${name.padEnd(40)} alone ${String(f.alone).padStart(4)} → in place hidden ${String(f.hidden).padStart(4)}, marked ${String(f.marked).padStart(3)}, none ${String(f.none).padStart(3)}`);
  for (const e of trace.examples) console.log(`    ${e}`);
}
