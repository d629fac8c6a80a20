/**
 * The evidence src/spam/headline-inside.ts reads for every headline piece glued inside a sentence,
 * pasted or written: on the inside-style pages of a split (./inside-styles.ts) and on clean text (the
 * corpus's articles under their own and a news-style headline, by corpus split; with --stress, the CPP
 * pages under a news-style headline). One TSV row per piece, with its tier; its levels were chosen on
 * the dev rows (pages of seed 81, the corpus's dev articles).
 *
 *   npx tsx scripts/spam/inside-probe.ts [--split=dev|heldout|fresh] [--clauses] [--stress] > rows.tsv
 *
 * `--clauses`: the pages of ./clause-piece-styles.ts instead (seed 101 dev, session 21).
 */
import * as jieba from 'jieba-wasm';
import { findInsidePieces, insideTier } from '../../src/spam/headline-inside';
import { readPage } from '../../src/spam/page';
import { loadCorpus, loadCppPages, splitOf } from './corpus';
import { newsHeadline, type Tagger } from './headlines';
import { clauseHosts, clausePagesOf } from './clause-piece-styles';
import { insideHosts, insidePagesOf } from './inside-styles';
import type { PhraseSplit } from './phrase-styles';
import { createNodeSpamTools } from './node-tools';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as PhraseSplit;
const tools = await createNodeSpamTools();
const cut = (text: string): string[] => tools.segmenter.cut(text);
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const toTraditional = await loadToTraditional();

console.log(['set', 'pasted', 'place', 'clauseGain', 'edgeGain', 'words', 'inLead', 'elsewhere', 'tier', 'tags', 'next', 'context'].join('\t'));
function emit(set: string, title: string, paragraphs: readonly string[], truth?: readonly (readonly (readonly [number, number, string])[])[]): void {
  // No mechanical finds are masked here: the finder's offsets are the page's.
  const page = readPage(title, paragraphs, paragraphs.map(() => []), tools);
  for (const f of findInsidePieces(page)) {
    const pasted = truth?.[f.paragraph]?.some(([a, b, family]) => family === 'title' && a <= f.start && f.end <= b) ?? false;
    const text = paragraphs[f.paragraph] ?? '';
    const context = `${text.slice(Math.max(0, f.start - 8), f.start)}[${text.slice(f.start, f.end)}]${text.slice(f.end, f.end + 8)}`;
    const n = (x: number): string => x.toFixed(2);
    console.log([set, Number(pasted), f.place, n(f.clauseGain), n(f.edgeGain), f.words, Number(f.inLead), f.elsewhere, insideTier(f) ?? '-', f.tags.join(' '), `${f.next.word}/${f.next.tag}`, context].join('\t'));
  }
}

const clauses = args.includes('--clauses');
(clauses ? clauseHosts : insideHosts)(split).forEach((host, h) => {
  for (const { page, traditional } of (clauses ? clausePagesOf : insidePagesOf)(host, h, split, cut)) {
    const convert = (t: string): string => (traditional ? toTraditional(t) : t);
    emit(`pages-${split}`, convert(host.title), page.paragraphs.map(convert), page.truth);
  }
});
loadCorpus().forEach((doc, i) => {
  emit(`corpus-own-${splitOf(doc.url)}`, doc.title, doc.paragraphs);
  emit(`corpus-news-${splitOf(doc.url)}`, newsHeadline(doc.paragraphs, tag, i), doc.paragraphs);
});
if (args.includes('--stress')) loadCppPages().forEach(({ texts }, i) => emit('stress', newsHeadline(texts, tag, i), texts));
