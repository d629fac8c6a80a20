/**
 * What reading an account's name in quotes as a name costs on clean text (s32-quotes): every clean
 * page of bench:spam's sets (corpus articles S and T under their own headlines, CPP pages under a
 * news-style headline) that holds such a name (src/spam/quoted-speech.ts withoutNameMarks changes a
 * paragraph) is read by the whole pipeline of this tree and of another tree's src (`--base=`, default
 * /work/main/src: read only), and every span that differs is printed. Pages without such a name
 * cannot change (the mask is the change's only entry), so they are counted, not read.
 *
 *   npx tsx scripts/spam/scan-quoted-names32.ts [--base=/work/main/src] [--sets=S,T,stress]
 */
import * as jieba from 'jieba-wasm';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { withoutNameMarks } from '../../src/spam/quoted-speech';
import type { SpamSpan } from '../../src/spam/types';
import { loadCorpus, loadCppPages } from './corpus';
import { newsHeadline, type Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const base = option('base') ?? '/work/main/src';
const sets = new Set((option('sets') ?? 'S,T,stress').split(','));
const baseSpam = (await import(`${base}/spam/index.ts`)) as { analyzeSpam: typeof analyzeSpam; spansOf: typeof spansOf };
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];

const key = (s: SpamSpan): string => `${s.start}:${s.end}:${isSuspect(s) ? 'M' : 'H'}`;
const totals = new Map<string, { pages: number; named: number; hiddenAdded: number; markedAdded: number; hiddenGone: number; markedGone: number }>();
const lines: string[] = [];
function read(set: string, title: string, texts: readonly string[]): void {
  const t = totals.get(set) ?? { pages: 0, named: 0, hiddenAdded: 0, markedAdded: 0, hiddenGone: 0, markedGone: 0 };
  totals.set(set, t);
  t.pages++;
  if (!texts.some((p) => withoutNameMarks(p) !== p)) return;
  t.named++;
  const now = spansOf(analyzeSpam(title, texts, tools));
  const before = baseSpam.spansOf(baseSpam.analyzeSpam(title, texts, tools));
  texts.forEach((text, p) => {
    const a = new Set((now[p] ?? []).map(key));
    const b = new Set((before[p] ?? []).map(key));
    for (const s of now[p] ?? []) if (!b.has(key(s))) {
      t[isSuspect(s) ? 'markedAdded' : 'hiddenAdded'] += s.end - s.start;
      lines.push(`  ${set} + ${isSuspect(s) ? 'marked' : 'HIDDEN'} ${s.family}: ${excerpt(text, s.start, s.end, 14)}`);
    }
    for (const s of before[p] ?? []) if (!a.has(key(s))) {
      t[isSuspect(s) ? 'markedGone' : 'hiddenGone'] += s.end - s.start;
      lines.push(`  ${set} - ${isSuspect(s) ? 'marked' : 'HIDDEN'} ${s.family}: ${excerpt(text, s.start, s.end, 14)}`);
    }
  });
}
for (const doc of loadCorpus()) {
  if (sets.has('S')) read('clean S', doc.title, doc.paragraphs);
  if (sets.has('T')) read('clean T', toTraditional(doc.title), doc.paragraphs.map(toTraditional));
}
if (sets.has('stress')) loadCppPages().forEach(({ texts }, i) => {
  if (texts.some((p) => withoutNameMarks(p) !== p)) read('stress', newsHeadline(texts, tag, i), texts);
  else {
    const t = totals.get('stress') ?? { pages: 0, named: 0, hiddenAdded: 0, markedAdded: 0, hiddenGone: 0, markedGone: 0 };
    totals.set('stress', t);
    t.pages++;
  }
});
console.log(`This tree vs ${base}: pages with an account's name in quotes read by both pipelines`);
for (const [set, t] of totals) console.log(`${set.padEnd(8)} pages ${t.pages}, with a name ${t.named}: hidden +${t.hiddenAdded} −${t.hiddenGone}, marked +${t.markedAdded} −${t.markedGone} characters`);
for (const line of lines) console.log(line);
