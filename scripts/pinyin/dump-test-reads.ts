/**
 * Research: writes each CPP test item's reading and the segmentation around it, one line per item,
 * so two branches' bench:pinyin results can be diffed item by item (which item a rule wins or loses).
 * Usage: npx tsx scripts/pinyin/dump-test-reads.ts OUT [test|dev]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createPinyinReader } from '../../src/pinyin/index';
import { toNumbered } from '../../src/pinyin/numbered';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { loadCpp } from './data';

const ASSETS = new URL('../../assets/public', import.meta.url);
const loadAsset = async (path: string): Promise<ArrayBuffer> => {
  const bytes = readFileSync(new URL(`.${path}`, `${ASSETS.href}/`));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

const out = process.argv[2] ?? '/tmp/cpp-reads.txt';
const split = (process.argv[3] ?? 'test') as 'test' | 'dev';
const segmenter = createNodeSegmenter();
const reader = await createPinyinReader(loadAsset, { dictionaryNeutralTones: false });
const lines = loadCpp(split).map((it, i) => {
  const tagged = segmenter.tag!(it.text);
  const read = reader.readWords(tagged.map((w) => w.word), tagged.map((w) => w.tag)).flat();
  const p = toNumbered(read[it.at] ?? '');
  return `${i}\t${p === it.gold ? 'ok' : 'WRONG'}\t${p}\t${it.gold}\t${tagged.map((w) => w.word).join('|')}`;
});
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.filter((l) => l.includes('\tok\t')).length}/${lines.length} right -> ${out}`);
