/**
 * Where the spam judgement of one page spends its time: analyzeSpam's stages, and each mechanical
 * finder over all paragraphs, in CPU milliseconds (the machine is shared: wall time misleads).
 * The stages are analyzeSpam's own (its `time` argument), so this cannot drift from the product.
 * The segmenter keeps every text's words, so the stage that cuts a text first pays for it.
 *
 *   nice npx tsx scripts/perf/spam-stages.ts [--long=30000] [--from=0]
 */
import { performance } from 'node:perf_hooks';
import { analyzeSpam } from '../../src/spam/index';
import type { SpamTools } from '../../src/spam/types';
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

const nodeTools = await createNodeSpamTools();
nodeTools.segmenter.cut('读懂中文新闻');
const docs = loadCorpus();
const pageParagraphs: string[] = [];
for (const doc of docs.slice(from)) {
  if (pageParagraphs.join('').length >= chars) break;
  pageParagraphs.push(...doc.paragraphs);
}
const pageTitle = docs[from]!.title;
const times = new Map<string, number>();
// Stages nest (a stage's cuts are inside it): only the outermost one counts towards the total.
let depth = 0;
const timed = <T>(name: string, run: () => T): T => {
  const started = cpuMs();
  depth += 1;
  try {
    return run();
  } finally {
    depth -= 1;
    const label = depth ? `  (${name}, inside a stage)` : name;
    times.set(label, (times.get(label) ?? 0) + cpuMs() - started);
  }
};
const { segmenter } = nodeTools;
const tools: SpamTools = { ...nodeTools, segmenter: { ...segmenter, cut: (text) => timed('cuts', () => segmenter.cut(text)) } };
const wallStart = performance.now();
analyzeSpam(pageTitle, pageParagraphs, tools, undefined, undefined, timed);
const total = [...times].filter(([name]) => !name.startsWith(' ')).reduce((sum, [, ms]) => sum + ms, 0);
console.log(`${pageParagraphs.join('').length} chars, ${pageParagraphs.length} paragraphs: ${Math.round(total)} ms CPU (${Math.round(performance.now() - wallStart)} ms wall)`);
for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(Math.round(ms)).padStart(7)}  ${name}`);
