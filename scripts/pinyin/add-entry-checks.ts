/**
 * Writes the check section (see src/pinyin/model.ts) into a model file without retraining it: the
 * weights, lexicon, neutral and verb sections are copied unchanged, and each lexicon and neutral
 * entry gets the check of the (word, position) it was built from, found again the way train:pinyin
 * builds them (buildLexicon over the model's own characters, buildNeutralTones). Stops if an entry
 * is not found again or reads otherwise, so a file is only rewritten when every entry is explained.
 *
 * Usage: npx tsx scripts/pinyin/add-entry-checks.ts [model.bin]   (default: the shipped model)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeModel, entryCheck, lexiconKey, readModelSections } from '../../src/pinyin/model';
import { loadCedictHeadwords, loadCompleteHeadwords, mergeHeadwords } from './data';
import { buildLexicon } from './lexicon';
import { buildNeutralTones } from './neutral-words';

const path = process.argv[2] ?? new URL('../../assets/public/data/pinyin-model.bin', import.meta.url).pathname;
const bytes = readFileSync(path);
const model = readModelSections(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const { header } = model;

/** "word|position" entries -> key and check, for the keys `section` holds. */
function checksOf(entries: Iterable<string>, section: Uint32Array, reading?: (entry: string) => number): Map<number, number> {
  const wanted = new Set(section);
  const out = new Map<number, number>();
  for (const entry of entries) {
    const bar = entry.lastIndexOf('|');
    const word = entry.slice(0, bar);
    const position = Number(entry.slice(bar + 1));
    const key = lexiconKey(word, position);
    if (!wanted.has(key)) continue;
    if (reading) {
      const at = section.indexOf(key);
      if (model.lexiconReadings[at] !== reading(entry)) throw new Error(`${entry} reads otherwise than the file's entry`);
    }
    if (out.has(key) && out.get(key) !== entryCheck(word, position)) throw new Error(`two entries share the key of ${entry}`);
    out.set(key, entryCheck(word, position));
  }
  const missing = section.length - out.size;
  if (missing > 0) throw new Error(`${missing} of ${section.length} entries not found again`);
  return out;
}

const headwords = mergeHeadwords(loadCedictHeadwords(), loadCompleteHeadwords());
const lexicon = buildLexicon(headwords, new Set(Object.keys(header.candidates)));
const readingIndex = new Map(header.readings.map((r, i) => [r, i]));
const checks = checksOf(lexicon.keys(), model.lexiconKeys, (entry) => readingIndex.get(lexicon.get(entry)!) ?? -1);
for (const [key, check] of checksOf(buildNeutralTones(), model.neutralKeys)) checks.set(key, check);

const weights = new Map<number, number>();
model.keys.forEach((k, i) => weights.set(k, model.weights[i]! / header.scale));
const lexiconEntries = new Map<number, number>();
model.lexiconKeys.forEach((k, i) => lexiconEntries.set(k, model.lexiconReadings[i]!));
const out = encodeModel(header, weights, lexiconEntries, new Set(model.neutralKeys), new Set(model.verbKeys), checks);
writeFileSync(path, out);
console.log(`${path}: ${bytes.length} -> ${out.length} bytes; ${model.lexiconKeys.length} lexicon and ${model.neutralKeys.length} neutral entries checked`);
