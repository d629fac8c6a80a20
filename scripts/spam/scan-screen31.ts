/**
 * Scan (s31-screen): what the screen-lines finder adds to the whole pipeline on clean text — every corpus
 * article (Simplified and Traditional, own headline) and every CPP page (plain headline, news-style headline:
 * the stress test, headline of frequent words). A page is analysed twice (with the finder and with it skipped)
 * only where the pipeline's own screen-lines finder (speech and quoted-whole wrappers included) finds something
 * on one of its paragraphs; elsewhere both runs are the same by construction.
 *
 *   npx tsx scripts/spam/scan-screen31.ts [--finder=screen-lines]
 */
import * as jieba from 'jieba-wasm';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { mainlandView } from '../../src/spam/mainland-view';
import { mechanicalFinders } from '../../src/spam/mechanical-finders';
import { readsTraditional } from '../../src/script/simplified-view';
import type { SpamSpan, SpamTools } from '../../src/spam/types';
import { loadCorpus, loadCppPages } from './corpus';
import { headlineFromFrequentWords, newsHeadline, type Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const finder = process.argv.find((a) => a.startsWith('--finder='))?.split('=')[1] ?? 'screen-lines';
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const tools: SpamTools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const segment = (text: string): string[] => tools.segmenter.cut(text);

/** Whether the pipeline's finder finds anything on the page's paragraphs. */
function finds(title: string, texts: readonly string[]): boolean {
  const trad = readsTraditional([title, ...texts].join('\n'));
  const paragraphs = texts.map((t) => mainlandView(t, trad));
  const find = mechanicalFinders(tools, [], paragraphs, mainlandView(title, trad)).find(([name]) => name === finder)?.[1];
  if (!find) throw new Error(`no finder ${finder}`);
  return paragraphs.some((p) => find(p).length > 0);
}

interface Tally {
  hidden: number;
  marked: number;
}
const sets = new Map<string, { before: Tally; after: Tally; pages: number }>();
const lines: string[] = [];
const sum = (found: SpamSpan[][]): Tally => ({
  hidden: found.flat().filter((s) => !isSuspect(s)).reduce((k, s) => k + s.end - s.start, 0),
  marked: found.flat().filter(isSuspect).reduce((k, s) => k + s.end - s.start, 0),
});
const key = (p: number, s: SpamSpan): string => `${p}:${s.start}-${s.end}:${isSuspect(s) ? 'M' : 'H'}`;

function scan(set: string, title: string, texts: string[]): void {
  const entry = sets.get(set) ?? { before: { hidden: 0, marked: 0 }, after: { hidden: 0, marked: 0 }, pages: 0 };
  sets.set(set, entry);
  entry.pages++;
  if (!finds(title, texts)) return;
  const after = spansOf(analyzeSpam(title, texts, tools));
  const before = spansOf(analyzeSpam(title, texts, tools, undefined, new Set([finder])));
  const a = sum(after);
  const b = sum(before);
  entry.after.hidden += a.hidden - b.hidden;
  entry.after.marked += a.marked - b.marked;
  const had = new Set(before.flatMap((spans, p) => spans.map((s) => key(p, s))));
  const has = new Set(after.flatMap((spans, p) => spans.map((s) => key(p, s))));
  after.forEach((spans, p) => spans.filter((s) => !had.has(key(p, s))).forEach((s) => lines.push(`${set} + ${isSuspect(s) ? 'M' : 'H'} ${s.family}: [${texts[p]!.slice(s.start, s.end)}] in ${texts[p]!.slice(Math.max(0, s.start - 12), s.end + 12)}`)));
  before.forEach((spans, p) => spans.filter((s) => !has.has(key(p, s))).forEach((s) => lines.push(`${set} - ${isSuspect(s) ? 'M' : 'H'} ${s.family}: [${texts[p]!.slice(s.start, s.end)}]`)));
}

for (const doc of loadCorpus()) {
  scan('corpus S', doc.title, doc.paragraphs);
  scan('corpus T', toTraditional(doc.title), doc.paragraphs.map(toTraditional));
}
loadCppPages().forEach(({ plainTitle, texts }, page) => {
  if (!finds(plainTitle, texts)) {
    for (const set of ['CPP plain', 'CPP stress', 'CPP frequent']) scan(set, plainTitle, []);
    return;
  }
  scan('CPP plain', plainTitle, texts);
  scan('CPP stress', newsHeadline(texts, tag, page), texts);
  scan('CPP frequent', headlineFromFrequentWords(texts, segment, page + 1), texts);
});
console.log(lines.join('\n'));
for (const [set, { after, pages }] of sets) console.log(`${set.padEnd(14)} ${pages} pages: hidden added ${after.hidden}, marked added ${after.marked}`);
