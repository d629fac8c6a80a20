/**
 * The CPP Wikipedia pages (clean: nothing may be hidden) under the three headlines bench:spam gives
 * them — their plain first clause, a news-style headline, and one made of their most frequent words
 * (./headlines.ts) — scanned alone, per half (dev.sent / test.sent), in a few minutes rather than
 * bench:spam's twenty (it reads the same pages with the same headlines, so its figures are bench:spam's
 * clean-text lines split by half): the characters hidden and marked, with every hidden one shown. A
 * change that reads headline words (pieces, parts, the walk) is checked here first: session 25's
 * walk trees hid 12 real title characters under the frequent-word headlines (特设[巡洋舰], 弹劾[邵亢]).
 *
 *   npx tsx scripts/spam/scan-cpp-headlines.ts [--only=plain|news|frequent] [--split=dev|heldout] [--every=N]
 */
import * as jieba from 'jieba-wasm';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCppPages } from './corpus';
import { headlineFromFrequentWords, newsHeadline, type Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { isSuspect } from './tally';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = option('only');
const onlySplit = option('split');
const every = Number(option('every') ?? 1);
const tools = await createNodeSpamTools();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const segment = (text: string): string[] => tools.segmenter.cut(text);

interface Count {
  pages: number;
  hidden: number;
  marked: number;
  titleHidden: number;
  lines: string[];
}
const counts = new Map<string, Count>();
const countOf = (key: string): Count => {
  let c = counts.get(key);
  if (!c) counts.set(key, (c = { pages: 0, hidden: 0, marked: 0, titleHidden: 0, lines: [] }));
  return c;
};

loadCppPages().forEach(({ plainTitle, texts, split }, page) => {
  if (page % every !== 0 || (onlySplit && split !== onlySplit)) return;
  const headlines: [string, string][] = [
    ['plain', plainTitle],
    ['news', newsHeadline(texts, tag, page)],
    ['frequent', headlineFromFrequentWords(texts, segment, page + 1)],
  ];
  for (const [kind, headline] of headlines) {
    if (only && kind !== only) continue;
    const c = countOf(`${kind} ${split}`);
    c.pages++;
    const analysis = analyzeSpam(headline, texts, tools);
    spansOf(analysis).forEach((spans, p) => {
      for (const s of spans) {
        const n = s.end - s.start;
        if (isSuspect(s)) c.marked += n;
        else {
          c.hidden += n;
          if (s.family === 'title') c.titleHidden += n;
          const text = texts[p] ?? '';
          c.lines.push(`  HIDDEN ${s.family} page ${page} (${headline}): ${text.slice(Math.max(0, s.start - 10), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 10)}`);
        }
      }
    });
  }
});

for (const [key, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`${key.padEnd(18)} ${c.pages} pages: hidden ${c.hidden} (title ${c.titleHidden}), marked ${c.marked}`);
  for (const line of c.lines.slice(0, 20)) console.log(line);
}
