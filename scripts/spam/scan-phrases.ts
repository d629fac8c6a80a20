/**
 * Where headline phrases stand (src/spam/headline-phrases.ts): every find on clean text (the corpus
 * under its own and news-style headlines, Simplified and Traditional; the CPP pages under plain and
 * news-style headlines; the short articles; the marks-clean pages) and on the phrase pages of a split
 * (./phrase-styles.ts), with its place and gain. Measuring only.
 *
 *   npx tsx scripts/spam/scan-phrases.ts [--split=dev|heldout|fresh] [--show]
 */
import * as jieba from 'jieba-wasm';
import { findHeadlinePhrases, tierOf, type PhraseFind } from '../../src/spam/headline-phrases';
import { analyzeSpam } from '../../src/spam/index';
import { readPage } from '../../src/spam/page';
import { MARKS_CLEAN_PAGES } from '../../tests/fixtures/marks-clean-pages';
import { SHORT_ARTICLES } from '../../tests/fixtures/short-articles';
import { loadCorpus, loadCppPages } from './corpus';
import { newsHeadline, type Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { phraseHosts, phrasePagesOf, type PhraseSplit } from './phrase-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as PhraseSplit;
const show = args.includes('--show');
const tools = await createNodeSpamTools();
const cut = (text: string): string[] => tools.segmenter.cut(text);
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const toTraditional = await loadToTraditional();

const rows: { set: string; pasted: boolean; find: PhraseFind; excerpt: string }[] = [];
const scan = (set: string, title: string, texts: readonly string[], truth?: readonly (readonly (readonly [number, number, string])[])[]): void => {
  const page = truth ? analyzeSpam(title, texts, tools).page : readPage(title, texts, texts.map(() => []), tools);
  for (const find of findHeadlinePhrases(page)) {
    const paragraph = page.paragraphs[find.paragraph];
    const [a, b] = [paragraph?.map[find.start] ?? 0, (paragraph?.map[find.end - 1] ?? 0) + 1];
    const pasted = (truth?.[find.paragraph] ?? []).some(([s, e, f]) => f === 'title' && s < b && a < e);
    const text = texts[find.paragraph] ?? '';
    rows.push({ set, pasted, find, excerpt: `${text.slice(Math.max(0, a - 12), a)}[${text.slice(a, b)}]${text.slice(b, b + 12)}` });
  }
};

const corpus = loadCorpus();
corpus.forEach((doc, i) => {
  scan('corpus', doc.title, doc.paragraphs);
  scan('corpus T', toTraditional(doc.title), doc.paragraphs.map(toTraditional));
  scan('corpus news', newsHeadline(doc.paragraphs, tag, i), doc.paragraphs);
});
loadCppPages().forEach(({ plainTitle, texts }, i) => {
  scan('cpp plain', plainTitle, texts);
  scan('cpp news', newsHeadline(texts, tag, i), texts);
});
for (const a of SHORT_ARTICLES) scan('short', a.title, a.paragraphs);
for (const a of MARKS_CLEAN_PAGES) scan('marks-clean', a.title, a.paragraphs);
phraseHosts(split).forEach((host, h) => {
  for (const { traditional, page } of phrasePagesOf(host, h, split, cut)) {
    const convert = traditional ? toTraditional : (t: string): string => t;
    scan(`pasted ${split}`, convert(host.title), page.paragraphs.map(convert), page.truth);
  }
});

const key = (r: (typeof rows)[number]): string => `${r.set.startsWith('pasted') ? (r.pasted ? 'PASTED' : 'real on pasted') : 'clean'} ${r.find.place}${r.find.inLead ? ' lead' : ''}${r.find.writerSays ? ' said' : ''} ${tierOf(r.find) ?? 'left'}`;
const groups = new Map<string, number[]>();
for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r.find.gain]);
for (const [k, gains] of [...groups].sort()) {
  const sorted = gains.sort((a, b) => a - b);
  const q = (f: number): string => (sorted[Math.floor(f * (sorted.length - 1))] ?? 0).toFixed(1);
  console.log(`${k.padEnd(28)} ${String(gains.length).padStart(5)}  gain min ${q(0)} q25 ${q(0.25)} med ${q(0.5)} q75 ${q(0.75)} max ${q(1)}`);
}
if (show) for (const r of rows.filter((r) => !r.pasted && tierOf(r.find))) console.log(`${r.set} ${r.find.place} ${tierOf(r.find)} ${r.find.gain.toFixed(2)} ${r.excerpt}`);
