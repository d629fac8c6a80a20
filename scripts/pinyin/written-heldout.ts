/**
 * Scores a held-out set of sentences written for a session's misread classes (tests/fixtures/pinyin/
 * s24-heldout.tsv: sentence, part, its readings), read through the whole pipeline as the page reads a
 * paragraph. The set is written before the rules and never tuned on: it says whether a rule reaches
 * wordings its author did not tune on.
 *
 * Usage: npx tsx scripts/pinyin/written-heldout.ts [--file=tests/fixtures/pinyin/s24-heldout.tsv]
 */
import { readFileSync } from 'node:fs';
import { createNodePipeline } from '../words/pipeline';

const file = process.argv.find((a) => a.startsWith('--file='))?.slice(7) ?? 'tests/fixtures/pinyin/s24-heldout.tsv';
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string, string]);
const read = await createNodePipeline();
let right = 0;
for (const [sentence, part, expected] of rows) {
  const at = sentence.indexOf(part);
  const units = new Array<string>(sentence.length).fill('');
  for (const token of read(sentence)) token.readings.forEach((r, k) => (units[token.start + k] = r));
  const got = units.slice(at, at + part.length).join(' ');
  if (got === expected) right++;
  console.log(`${got === expected ? 'ok  ' : 'MISS'} ${sentence} ${part} ${got}${got === expected ? '' : ` (want ${expected})`}`);
}
console.log(`${right}/${rows.length} right`);
