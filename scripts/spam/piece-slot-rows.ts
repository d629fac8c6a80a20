/**
 * Rows of every headline-piece candidate (session 29, issue 12): what it is, where it stands (its
 * paragraph's text and offsets), whether the generator pasted it, its shipped probability, and the
 * occurrence features of src/spam/piece-slots.ts. Read by scripts/spam/piece-slot-fit.ts.
 *
 *   npx tsx scripts/spam/piece-slot-rows.ts --split=dev|heldout > rows.jsonl
 *   Pages: the split's articles with pieces in the inventory, few, sparse and words styles, the same
 *   articles clean under both headlines; the CPP half under its three headlines (every 3rd page);
 *   the headline-repeat pools (dev: the guard pool's even pages; heldout: its odd pages, the fresh pool and the slots pool).
 */
import * as jieba from 'jieba-wasm';
import { analyzeSpam, type SpamAnalysis } from '../../src/spam/index';
import { headlinePieceCandidates } from '../../src/spam/candidates-headline';
import { pieceSlotFeatures, PIECE_SLOT_FEATURES } from './piece-slots';
import { HEADLINE_REPEAT_FRESH_PAGES } from '../../tests/fixtures/headline-repeat-fresh-texts';
import { HEADLINE_REPEAT_GUARD_PAGES } from '../../tests/fixtures/headline-repeat-guard-texts';
import { HEADLINE_REPEAT_SLOT_PAGES } from '../../tests/fixtures/headline-repeat-slot-texts';
import { generatorRun, loadCorpus, loadCppPages, splitOf, type Split } from './corpus';
import type { HeadlineStyle } from './headline-farm';
import { headlineFromFrequentWords, newsHeadline, type Tagger } from './headlines';
import { injectSpam } from './inject';
import { createNodeSpamTools } from './node-tools';
import { gapFeatures, GAP_FEATURES } from './piece-gap';
import type { TruthSpan } from './tally';
import { isHan } from '../../src/spam/text-classes';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as Split;
const tools = await createNodeSpamTools();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const segment = (text: string): string[] => tools.segmenter.cut(text);
const run = generatorRun(split);
const MIN_PROBABILITY = Number(args.find((a) => a.startsWith('--min='))?.split('=')[1] ?? 0.3);

function emit(set: string, analysis: SpamAnalysis, truth: readonly (readonly TruthSpan[])[] | null): void {
  const { page, scored } = analysis;
  const candidates = headlinePieceCandidates(page);
  const only = candidates.map((_, i) => (scored[i]?.probability ?? 0) >= MIN_PROBABILITY);
  const slots = pieceSlotFeatures(page, candidates, only);
  const gaps = candidates.map((c, i) => (only[i] ? gapFeatures(page.paragraphs[c.paragraph]?.text ?? '', c.start, c.end) : []));
  // Where the headline's own words start and end, counted in its Han characters: a piece cut inside one of them (爱公 of 爱公益) is a cut no writer repeats.
  const headWords = page.tools.segmenter.cut(page.headline);
  const edges = new Set<number>([0]);
  let han = 0;
  for (const word of headWords) {
    han += [...word].filter(isHan).length;
    edges.add(han);
  }
  const headHan = [...page.headline].filter(isHan).join('');
  const isWord = (text: string): boolean => Boolean(page.tools.isKnownWord?.(text) || page.tools.segmenter.isDictionaryWord?.(text));
  candidates.forEach((c, i) => {
    const s = scored[i];
    if ((s?.probability ?? 0) < MIN_PROBABILITY) return;
    if (!s || s.kind !== 'piece') throw new Error('piece order');
    const [p, start, end] = s.places[0] ?? [0, 0, 0];
    let inside = 0;
    for (const [ts, te, family] of truth?.[p] ?? []) if (family === 'title') inside += Math.max(0, Math.min(end, te) - Math.max(start, ts));
    const pasted = inside === 0 ? 0 : inside === end - start ? 1 : 0.5;
    const text = page.paragraphs[c.paragraph]?.text ?? '';
    const piece = text.slice(c.start, c.end);
    const at = headHan.indexOf(piece);
    const paragraphWords = page.paragraphs[c.paragraph]?.boundaries;
    const shape = { found: at >= 0, cutStart: at >= 0 && !edges.has(at), cutEnd: at >= 0 && !edges.has(at + piece.length), word: isWord(piece), lossy: c.pieces.some((x) => x.lossy), jumps: c.pieces.some((x) => x.jumpsGlued), joined: c.pieces.length, aligned: Boolean(paragraphWords?.has(c.start) && paragraphWords.has(c.end)) };
    console.log(JSON.stringify({ set, pasted, shape, probability: s.probability, leadOnly: s.leadOnly, walked: s.walked ?? false, piece: text.slice(c.start, c.end), context: `${text.slice(Math.max(0, c.start - 12), c.start)}[${text.slice(c.start, c.end)}]${text.slice(c.end, c.end + 12)}`, slots: Object.fromEntries([...PIECE_SLOT_FEATURES.map((name, k) => [name, slots[i]?.[k] ?? 0]), ...GAP_FEATURES.map((name, k) => [name, gaps[i]?.[k] ?? 0])]) }));
  });
}

const styles: [HeadlineStyle, number][] = [['inventory', run.seed], ['few', run.fewSeed], ['sparse', run.sparseSeed], ['words', run.wordsSeed]];
loadCorpus().forEach((doc, index) => {
  if (splitOf(doc.url) !== run.articles) return;
  const news = { ...doc, title: newsHeadline(doc.paragraphs, tag, index) };
  for (const [v, source] of [doc, news].entries()) {
    emit('clean', analyzeSpam(source.title, source.paragraphs, tools), null);
    for (const [style, seed] of styles) {
      const page = injectSpam(source, seed * 100000 + index * 10 + v, run.pools, segment, style);
      emit(style, analyzeSpam(page.title, page.paragraphs, tools), page.truth);
    }
  }
});
loadCppPages().forEach(({ plainTitle, texts, split: half }, page) => {
  if (half !== split || page % 3 !== 0) return;
  for (const headline of [plainTitle, newsHeadline(texts, tag, page), headlineFromFrequentWords(texts, segment, page + 1)]) emit('cpp', analyzeSpam(headline, texts, tools), null);
});
const pools: [string, readonly (readonly string[])[]][] =
  split === 'dev' ? [['guard', HEADLINE_REPEAT_GUARD_PAGES.filter((_, i) => i % 2 === 0)]] : [['guard', HEADLINE_REPEAT_GUARD_PAGES.filter((_, i) => i % 2 === 1)], ['fresh', HEADLINE_REPEAT_FRESH_PAGES], ['slots', HEADLINE_REPEAT_SLOT_PAGES]];
for (const [set, pages] of pools) for (const [headline = '', ...paragraphs] of pages) emit(set, analyzeSpam(headline, paragraphs, tools), null);
