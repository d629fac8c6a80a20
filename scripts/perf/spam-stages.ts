/**
 * Where the spam judgement of one page spends its time: analyzeSpam's stages, and each mechanical
 * finder over all paragraphs, in CPU milliseconds (the machine is shared: wall time misleads).
 * The cut cache is shared as in analyzeSpam, so a finder that cuts a text first pays for it.
 *
 *   nice npx tsx scripts/perf/spam-stages.ts [--long=30000] [--from=0]
 */
import { performance } from 'node:perf_hooks';
import { headlinePartSpans } from '../../src/spam/headline-parts';
import { headlineInsideSpans } from '../../src/spam/headline-inside';
import { headlinePhraseSpans } from '../../src/spam/headline-phrases';
import { findHeadlineLines } from '../../src/spam/headline-lines';
import { mechanicalFinders } from '../../src/spam/mechanical-finders';
import { mainlandView } from '../../src/spam/mainland-view';
import { readsTraditional } from '../../src/script/simplified-view';
import { mergeSpans } from '../../src/spam/merge-spans';
import { readPage } from '../../src/spam/page';
import { scoreCandidates } from '../../src/spam/decide';
import { reportedItemSpans } from '../../src/spam/reported-items';
import { genericFillerSpans } from '../../src/spam/generic-filler';
import { pastedTwiceSpans } from '../../src/spam/find-pasted-twice';
import { offtopicSentenceSpans } from '../../src/spam/find-offtopic-sentences';
import { outsiderLineSpans } from '../../src/spam/find-outsider-lines';
import { isEnclosedNumber } from '../../src/spam/text-classes';
import type { SpamSpan, SpamTools } from '../../src/spam/types';
import { loadCorpus } from '../spam/corpus';
import { createNodeSpamTools } from '../spam/node-tools';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const chars = Number(option('long') ?? 30_000);
const from = Number(option('from') ?? 0);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const toolsIn = await createNodeSpamTools();
toolsIn.segmenter.cut('读懂中文新闻');
const docs = loadCorpus();
const pageParagraphs: string[] = [];
for (const doc of docs.slice(from)) {
  if (pageParagraphs.join('').length >= chars) break;
  pageParagraphs.push(...doc.paragraphs);
}
const pageTitle = docs[from]!.title;
const times = new Map<string, number>();
const timed = <T>(name: string, run: () => T): T => {
  const started = cpuMs();
  const out = run();
  times.set(name, (times.get(name) ?? 0) + cpuMs() - started);
  return out;
};
const wallStart = performance.now();
const traditionalPage = timed('readsTraditional', () => readsTraditional([pageTitle, ...pageParagraphs].join('\n')));
const paragraphs = timed('mainland view', () => pageParagraphs.map((text) => mainlandView(text, traditionalPage)));
const title = mainlandView(pageTitle, traditionalPage);
const cuts = new Map<string, string[]>();
const tools: SpamTools = {
  ...toolsIn,
  segmenter: {
    cut: (text) => {
      let words = cuts.get(text);
      if (!words) cuts.set(text, (words = timed('  (cuts, inside the above)', () => toolsIn.segmenter.cut(text))));
      return words;
    },
    isDictionaryWord: toolsIn.segmenter.isDictionaryWord?.bind(toolsIn.segmenter),
    tag: toolsIn.segmenter.tag?.bind(toolsIn.segmenter),
  },
};
const pageNumbers = paragraphs.flatMap((text) => [...text].filter(isEnclosedNumber));
const finders = mechanicalFinders(tools, pageNumbers, paragraphs, title, undefined, true);
const mechanical = paragraphs.map((text) => mergeSpans(finders.flatMap(([name, find]) => timed(`finder ${name}`, () => find(text)))));
const hidden = mechanical.map((spans) => spans.filter((s) => s.tier === 'hidden'));
const page = timed('readPage', () => readPage(title, paragraphs, hidden, tools));
timed('scoreCandidates', () => scoreCandidates(page));
timed('outsiderLineSpans', () => outsiderLineSpans(page));
timed('headlinePartSpans', () => headlinePartSpans(page));
timed('headlinePhraseSpans', () => headlinePhraseSpans(page));
timed('headlineInsideSpans', () => headlineInsideSpans(page));
const items: [string, (p: typeof page) => SpamSpan[][]][] = [
  ['reportedItemSpans', reportedItemSpans],
  ['genericFillerSpans', genericFillerSpans],
  ['pastedTwiceSpans', pastedTwiceSpans],
  ['offtopicSentenceSpans', offtopicSentenceSpans],
];
for (const [name, find] of items) timed(name, () => find(page));
timed('findHeadlineLines', () => findHeadlineLines(page));
const total = [...times].filter(([name]) => !name.startsWith(' ')).reduce((sum, [, ms]) => sum + ms, 0);
console.log(`${pageParagraphs.join('').length} chars, ${paragraphs.length} paragraphs: ${Math.round(total)} ms CPU (${Math.round(performance.now() - wallStart)} ms wall)`);
for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(Math.round(ms)).padStart(7)}  ${name}`);
