/**
 * Probe (s30-classes): one finder on the classes30 wordings of a split, and on every clean corpus paragraph and
 * CPP page, so a finder's recall on its class and its hits on clean text are seen in a second, before the bench.
 *
 *   npx tsx scripts/spam/probe-classes30.ts <finder> [--split=dev] [--show]
 */
import { findEmojiCodes, findSubtitleTimings } from '../../src/spam/find-chat-codes';
import { findJammerTokens } from '../../src/spam/find-jammers';
import { findStraySymbols } from '../../src/spam/find-symbols';
import { findScreenLines } from '../../src/spam/find-screen-lines';
import { findMarkupLeaks } from '../../src/spam/find-markup-leaks';
import { findMojibake } from '../../src/spam/find-mojibake';
import type { SpamSpan } from '../../src/spam/types';
import { CLASSES30, WRITERS30, wordingsOf } from './classes30-wordings';
import { loadCorpus, loadCppPages, type Split } from './corpus';
import { loadToTraditional } from './traditional';

const FINDERS: Record<string, (text: string) => SpamSpan[]> = { mojibake: findMojibake, 'emoji-codes': findEmojiCodes, 'subtitle-timings': findSubtitleTimings, 'markup-leaks': (text) => findMarkupLeaks(text), 'jammer-tokens': findJammerTokens, symbols: (text) => findStraySymbols(text), 'screen-lines': findScreenLines };
const args = process.argv.slice(2);
const name = args[0] ?? 'mojibake';
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as Split;
const find = FINDERS[name];
if (!find) throw new Error(`no finder ${name}`);
const toTraditional = await loadToTraditional();
const quiet = args.includes('--quiet');
const show = (text: string, spans: SpamSpan[]): string => spans.map((s) => `[${s.tier === 'hidden' ? 'H' : 'M'}:${text.slice(s.start, s.end)}]`).join(' ');
for (const cls of CLASSES30) {
  const lines = wordingsOf(cls, split);
  let hit = 0;
  const out: string[] = [];
  for (const line of lines)
    for (const text of [line, toTraditional(line), `他说，${line}这件事`]) {
      const spans = find(text);
      if (spans.length) hit++;
      if (spans.length && args.includes('--show')) out.push(`   ${text} → ${show(text, spans)}`);
    }
  if (hit) console.log(`${cls}: ${hit}/${lines.length * 3}\n${out.join('\n')}`);
}
const writers = [...WRITERS30[split]];
for (const w of writers) {
  const spans = find(w);
  if (spans.length) console.log(`WRITER'S: ${w} → ${show(w, spans)}`);
}
let clean = 0;
for (const doc of loadCorpus())
  for (const p of [doc.title, ...doc.paragraphs])
    for (const text of [p, toTraditional(p)]) {
      const spans = find(text);
      if (spans.length) {
        clean += spans.reduce((k, s) => k + s.end - s.start, 0);
        if (!quiet) console.log(`CORPUS: ${show(text, spans)} in ${text.slice(0, 60)}`);
      }
    }
for (const page of loadCppPages())
  for (const text of page.texts) {
    const spans = find(text);
    if (spans.length) {
      clean += spans.reduce((k, s) => k + s.end - s.start, 0);
      if (!quiet) console.log(`CPP: ${show(text, spans)} in ${text.slice(0, 60)}`);
    }
  }
console.log(`clean characters found: ${clean}`);
