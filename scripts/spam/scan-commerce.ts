/**
 * What the commercial-keyword finder (src/spam/find-commerce.ts) would hide on clean text: the
 * corpus (titles and paragraphs, as written and in Traditional), the SIGHAN 2005 PKU/MSR test sets
 * and training word lists, and the CPP sentences (research data, read in place, measured only).
 * Every hit is printed; a clean run prints 0 hits.
 * `npx tsx scripts/spam/scan-commerce.ts`
 */
import { readFileSync } from 'node:fs';
import { findCommercialKeywords } from '../../src/spam/find-commerce';
import { loadToTraditional } from './traditional';

const SHARED_CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const SHARED_BENCH = new URL('../../../shared/bench/', import.meta.url);
const toTraditional = await loadToTraditional();
const texts: [string, string[]][] = [];
const corpus = ['news', 'other'].flatMap((k) =>
  readFileSync(new URL(`sogou-2012-${k}.jsonl`, SHARED_CORPUS), 'utf8')
    .trim()
    .split('\n')
    .flatMap((l) => {
      const d = JSON.parse(l) as { title: string; paragraphs: string[] };
      return [d.title, ...d.paragraphs];
    }),
);
texts.push(['corpus', corpus], ['corpus, Traditional', corpus.map(toTraditional)]);
for (const f of ['segmentation/pku_test.utf8', 'segmentation/msr_test.utf8', 'segmentation/pku_training_words.utf8', 'segmentation/msr_training_words.utf8', 'polyphone/dev.sent', 'polyphone/test.sent'])
  texts.push([f, readFileSync(new URL(f, SHARED_BENCH), 'utf8').split('\n').map((l) => l.replace(/\u2581/g, ''))]);
let total = 0;
for (const [name, lines] of texts) {
  let chars = 0;
  let hits = 0;
  for (const line of lines) {
    chars += line.length;
    for (const s of findCommercialKeywords(line)) {
      hits++;
      console.log(`  ${name}: [${line.slice(s.start, s.end)}] ${line.slice(Math.max(0, s.start - 12), s.end + 12)}`);
    }
  }
  total += hits;
  console.log(`${name}: ${lines.length} lines, ${chars} chars, ${hits} hits`);
}
console.log(`all clean text: ${total} hits`);
