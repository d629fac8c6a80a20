/**
 * What one finder costs on clean text, through the whole pipeline (session 31): every corpus article,
 * Simplified and Traditional, under its own headline, and every CPP page under a news-style headline
 * (bench:spam's clean S/T and stress sets, read the same way), once as shipped and once with the finder
 * skipped (`--skip=`, default `once-runs`). Prints per set the hidden / marked characters of both and
 * every span the finder's presence adds or takes away, so a gate needs no full bench:spam run.
 *
 *   npx tsx scripts/spam/scan-clean-once.ts [--skip=once-runs] [--sets=S,T,stress] [--every=N]
 */
import * as jieba from 'jieba-wasm';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { loadCorpus, loadCppPages } from './corpus';
import { newsHeadline, type Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const skip = new Set((option('skip') ?? 'once-runs').split(','));
const sets = new Set((option('sets') ?? 'S,T,stress').split(','));
const every = Number(option('every') ?? 1);
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
tools.segmenter.cut('预热分词器');

interface Count { pages: number; hidden: number; marked: number }
const totals = new Map<string, { shipped: Count; skipped: Count }>();
const diffs: string[] = [];
const key = (s: SpamSpan): string => `${s.start}:${s.end}:${isSuspect(s) ? 'M' : 'H'}:${s.family}`;

function add(set: string, title: string, texts: readonly string[]): void {
  const t = totals.get(set) ?? { shipped: { pages: 0, hidden: 0, marked: 0 }, skipped: { pages: 0, hidden: 0, marked: 0 } };
  totals.set(set, t);
  const shipped = spansOf(analyzeSpam(title, texts, tools));
  const skipped = spansOf(analyzeSpam(title, texts, tools, undefined, skip));
  for (const [found, into] of [[shipped, t.shipped], [skipped, t.skipped]] as const) {
    into.pages++;
    for (const spans of found) for (const s of spans) into[isSuspect(s) ? 'marked' : 'hidden'] += s.end - s.start;
  }
  texts.forEach((text, p) => {
    const a = new Set((shipped[p] ?? []).map(key));
    const b = new Set((skipped[p] ?? []).map(key));
    for (const s of shipped[p] ?? []) if (!b.has(key(s))) diffs.push(`  ${set} + ${isSuspect(s) ? 'marked' : 'HIDDEN'} ${s.family}: ${excerpt(text, s.start, s.end, 12)}`);
    for (const s of skipped[p] ?? []) if (!a.has(key(s))) diffs.push(`  ${set} - ${isSuspect(s) ? 'marked' : 'HIDDEN'} ${s.family}: ${excerpt(text, s.start, s.end, 12)}`);
  });
}

loadCorpus().forEach((doc, i) => {
  if (i % every) return;
  if (sets.has('S')) add('clean S', doc.title, doc.paragraphs);
  if (sets.has('T')) add('clean T', toTraditional(doc.title), doc.paragraphs.map(toTraditional));
});
if (sets.has('stress')) loadCppPages().forEach(({ texts }, i) => {
  if (i % every === 0) add('stress', newsHeadline(texts, tag, i), texts);
});

console.log(`Whole pipeline with and without: ${[...skip].join(', ')}${every > 1 ? ` (every ${every}th page)` : ''}`);
for (const [set, { shipped, skipped }] of totals) {
  console.log(`  ${set.padEnd(8)} ${shipped.pages} pages: hidden ${skipped.hidden} -> ${shipped.hidden} (${shipped.hidden - skipped.hidden >= 0 ? '+' : ''}${shipped.hidden - skipped.hidden}); marked ${skipped.marked} -> ${shipped.marked} (${shipped.marked - skipped.marked >= 0 ? '+' : ''}${shipped.marked - skipped.marked})`);
}
console.log(diffs.length ? diffs.join('\n') : '  no span differs');
