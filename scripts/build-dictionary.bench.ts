/**
 * Figures for the compiled dictionary: shipped size, load time (gunzip, unpack, index), lookup speed.
 * Usage: npx tsx scripts/build-dictionary.bench.ts
 */
import { readFile } from 'node:fs/promises';
import { createDictionary } from '../src/dictionary/dictionary-index';
import { gunzip } from '../src/dictionary/gunzip';
import { encodeLineIndex } from '../src/dictionary/line-index';
import { unpackDictionary } from '../src/dictionary/pack-format';
import { parseGlossaryNotes } from '../src/glossary/glossary-index';
import { CEDICT_PACK_OUTPUT, GLOSSARY_OUTPUT, ensureDictionaryBuilt } from './build-dictionary';

await ensureDictionaryBuilt();
const [packBytes, glossaryBytes] = await Promise.all([readFile(CEDICT_PACK_OUTPUT), readFile(GLOSSARY_OUTPUT)]);
console.log(`cedict.pack.gz ${(packBytes.length / 1e6).toFixed(2)} MB (what ships)`);
console.log(`glossary.json ${(glossaryBytes.length / 1e3).toFixed(1)} kB`);

// What loadDictionary does with the fetched bytes, step by step, five times.
const steps: Record<'gunzip' | 'unpack' | 'index', number[]> = { gunzip: [], unpack: [], index: [] };
let dictionary = createDictionary('', []);
for (let i = 0; i < 5; i++) {
  let at = performance.now();
  const lap = (step: keyof typeof steps) => {
    const now = performance.now();
    steps[step].push(now - at);
    at = now;
  };
  const pack = await gunzip(packBytes);
  lap('gunzip');
  const file = unpackDictionary(pack);
  lap('unpack');
  const lineIndex = encodeLineIndex({ entries: file.entryStarts, traditionalIndex: file.indexStarts });
  dictionary = createDictionary(file.bytes, parseGlossaryNotes(new TextDecoder().decode(glossaryBytes)), lineIndex);
  lap('index');
  if (i === 0) console.log(`unpacked: ${(file.bytes.length / 1e6).toFixed(2)} MB`);
}
for (const [step, times] of Object.entries(steps)) console.log(`load, ${step}: first ${times[0]!.toFixed(0)} ms, then ${times.slice(1).map((t) => t.toFixed(0)).join(', ')} ms`);

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
