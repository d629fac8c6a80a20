/**
 * Headline pieces on pages with only a few of them: the shipped decision on pages of one headline
 * style (default `few`, ./headline-few-farm.ts: one to three pieces between two words, other spam as
 * usual), two per article (its own headline and a news-style one made from its lead), against the
 * same articles clean under the same two headlines. Cheaper than `npm run bench:spam` (one style,
 * one split); measuring only.
 *
 *   npx tsx scripts/spam/bench-pieces.ts                          few style, held-out articles
 *   npx tsx scripts/spam/bench-pieces.ts --split=fresh --style=words
 *   npx tsx scripts/spam/bench-pieces.ts --style=rotation --seed=241   session 24's held-out rotation
 *     pages (a seed no run had used, frozen before any finder changed; the fresh run's seed 7 is the
 *     other held-out; tuning reads --split=dev only)
 */
import * as jieba from 'jieba-wasm';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { generatorRun, loadCorpus, splitOf, type BenchSplit } from './corpus';
import { Curve } from './curves';
import type { HeadlineStyle } from './headline-farm';
import { newsHeadline } from './headlines';
import { injectSpam } from './inject';
import { createNodeSpamTools } from './node-tools';
import { isSuspect, newTallies, score, table, type Tally, type TruthSpan } from './tally';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') as BenchSplit | undefined) ?? 'heldout';
const style = (option('style') as HeadlineStyle | undefined) ?? 'few';
const run = generatorRun(split);
const seedOption = option('seed');
const seed = seedOption ? Number(seedOption) : style === 'few' ? run.fewSeed : style === 'sparse' ? run.sparseSeed : style === 'words' ? run.wordsSeed : run.seed;

const tools = await createNodeSpamTools();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const tag = (text: string): { word: string; tag: string }[] => jieba.tag(text, true) as { word: string; tag: string }[];
const curve = new Curve(`headline pieces (${style} style)`, ['piece'], 'title');
const pieceTallies = newTallies();
const pageTallies = newTallies();
let pages = 0;
let cleanHidden = 0;
let cleanMarked = 0;
let cleanChars = 0;
const wrong: string[] = [];

const titleChars = (found: readonly (readonly SpamSpan[])[], suspect: boolean): number =>
  found.flat().filter((s) => s.family === 'title' && isSuspect(s) === suspect).reduce((n, s) => n + s.end - s.start, 0);

loadCorpus().forEach((doc, index) => {
  if (splitOf(doc.url) !== run.articles) return;
  const news = { ...doc, title: newsHeadline(doc.paragraphs, tag, index) };
  for (const [v, source] of [doc, news].entries()) {
    const clean = analyzeSpam(source.title, source.paragraphs, tools);
    const cleanFound = spansOf(clean);
    cleanHidden += titleChars(cleanFound, false);
    cleanMarked += titleChars(cleanFound, true);
    cleanChars += source.paragraphs.join('').length;
    curve.add(source.paragraphs, source.paragraphs.map(() => []), source.paragraphs.map(() => []), clean.scored, true);
    const page = injectSpam(source, seed * 100000 + index * 10 + v, run.pools, segment, style);
    const analysis = analyzeSpam(page.title, page.paragraphs, tools);
    const found = spansOf(analysis);
    const isWhole = ([start, end, family]: TruthSpan): boolean => family === 'title' && end - start === page.title.length && page.title.length >= 8;
    const pieces = page.truth.map((spans) => spans.filter((s) => s[2] === 'title' && !isWhole(s)));
    if (!pieces.some((p) => p.length)) continue;
    score(page.paragraphs, pieces, found.map((spans) => spans.filter((s) => s.family === 'title')), pieceTallies);
    score(page.paragraphs, page.truth, found, pageTallies, { out: wrong, limit: 40 });
    curve.add(page.paragraphs, page.truth, pieces, analysis.scored);
    pages++;
  }
});

const t = pieceTallies.get('title') as Tally;
console.log(`${style} style, ${split} articles (seed ${seed}): ${pages} pages with headline pieces`);
console.log(`headline pieces: ${t.truth} characters; hidden ${t.truthFound} (${(t.truthFound / t.truth).toFixed(3)}), hidden or marked ${t.truthMarked} (${(t.truthMarked / t.truth).toFixed(3)})`);
console.log(`title-family characters on these pages: hidden ${t.predicted} (${t.predictedRight} pasted pieces), marked ${t.suspect} (${t.suspectRight} pasted pieces)`);
console.log(`the same articles clean, both headlines (${cleanChars} characters): title characters hidden ${cleanHidden}, marked ${cleanMarked}`);
console.log(`\nall families on these pages:\n${table(pageTallies)}`);
console.log(`\n${curve.print()}`);
if (args.includes('--show')) console.log(wrong.filter((line) => line.includes('title')).join('\n'));
