/**
 * Figures for the compiled dictionary: file sizes, load (decode + index) time, lookup speed.
 * Usage: npx tsx scripts/build-dictionary.bench.ts
 */
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createDictionary } from '../src/dictionary/dictionary-index';
import { parseGlossaryNotes } from '../src/glossary/glossary-index';
import { CEDICT_INDEX_OUTPUT, CEDICT_OUTPUT, GLOSSARY_OUTPUT, ensureDictionaryBuilt } from './build-dictionary';

await ensureDictionaryBuilt();
const [cedictBytes, indexBytes, glossaryBytes] = await Promise.all([
  readFile(CEDICT_OUTPUT),
  readFile(CEDICT_INDEX_OUTPUT),
  readFile(GLOSSARY_OUTPUT),
]);
console.log(`cedict.idx ${(indexBytes.length / 1e6).toFixed(2)} MB`);
console.log(`cedict.tsv ${((await stat(CEDICT_OUTPUT)).size / 1e6).toFixed(2)} MB (gzip ${(gzipSync(cedictBytes).length / 1e6).toFixed(2)} MB)`);
console.log(`glossary.json ${(glossaryBytes.length / 1e3).toFixed(1)} kB`);

// The background receives ArrayBuffers from fetch; time what loadDictionary does with them.
const runs: number[] = [];
let dictionary = createDictionary('', []);
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  dictionary = createDictionary(
    new Uint8Array(cedictBytes),
    parseGlossaryNotes(new TextDecoder().decode(glossaryBytes)),
    new Int32Array(new Uint8Array(indexBytes).buffer),
  );
  runs.push(performance.now() - started);
}
const scanned = performance.now();
createDictionary(new Uint8Array(cedictBytes), []);
console.log(`load without cedict.idx (scanning): ${(performance.now() - scanned).toFixed(0)} ms`);
console.log(`load: first ${runs[0]!.toFixed(0)} ms, then ${runs.slice(1).map((r) => r.toFixed(0)).join(', ')} ms`);

const words = ['信访', '信訪', '银行', '銀行', '重', '行', '中华人民共和国', '的', '矛调中心', '不存在的词'];
let started = performance.now();
const lookups = 20000;
for (let i = 0; i < lookups; i++) dictionary.lookup(words[i % words.length]!);
console.log(`lookup: ${(((performance.now() - started) / lookups) * 1000).toFixed(1)} µs each`);

const text = '信访工作是党的群众工作的重要组成部分，是了解社情民意的重要窗口。'.repeat(10);
started = performance.now();
let matched = 0;
for (let round = 0; round < 100; round++) for (let i = 0; i < text.length; i++) matched += dictionary.longestMatch(text.slice(i));
console.log(`longestMatch: ${(((performance.now() - started) / (100 * text.length)) * 1000).toFixed(2)} µs each (${matched})`);
