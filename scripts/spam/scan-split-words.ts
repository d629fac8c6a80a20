/**
 * What the split-word jammer finder (src/spam/find-split-words.ts) would hide on clean text it was
 * not written on: the corpus, the SIGHAN 2005 PKU/MSR test sets and the CPP sentences (research
 * data, read in place, measured only). Every hit is printed; a clean run prints 0 hits.
 * `npx tsx scripts/spam/scan-split-words.ts`
 */
import { readFileSync } from 'node:fs';
import { findSplitWords } from '../../src/spam/find-split-words';
import { createNodeSpamTools } from './node-tools';
const SHARED_CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const SHARED_BENCH = new URL('../../../shared/bench/', import.meta.url);
const tools = await createNodeSpamTools();
const texts: [string, string[]][] = [];
const corpus = ['news', 'other'].flatMap((k) => readFileSync(new URL(`sogou-2012-${k}.jsonl`, SHARED_CORPUS), 'utf8').trim().split('\n').flatMap((l) => { const d = JSON.parse(l); return [d.title, ...d.paragraphs]; }));
texts.push(['corpus', corpus]);
for (const f of ['segmentation/pku_test.utf8', 'segmentation/msr_test.utf8', 'segmentation/pku_training_words.utf8', 'polyphone/dev.sent', 'polyphone/test.sent'])
  texts.push([f, readFileSync(new URL(f, SHARED_BENCH), 'utf8').split('\n')]);
for (const [name, lines] of texts) {
  let chars = 0, hits = 0;
  for (const line of lines) {
    chars += line.length;
    for (const s of findSplitWords(line, tools)) { hits++; console.log(`  ${name}: [${line.slice(s.start, s.end)}] ${line.slice(Math.max(0, s.start - 10), s.end + 10)}`); }
  }
  console.log(`${name}: ${lines.length} lines, ${chars} chars, ${hits} hits`);
}
