/** Where the pipeline's time goes: jieba, pinyin-pro, the model. tsx scripts/pinyin/profile.ts */
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { baseReadings } from '../../src/pinyin/base-readings';
import { decodeModel } from '../../src/pinyin/model';
import { readWordsWithModel } from '../../src/pinyin/reader';
import { loadCpp } from './data';

const bytes = readFileSync(new URL('../../assets/public/data/pinyin-model.bin', import.meta.url));
const model = decodeModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const texts = loadCpp('test').map((i) => i.text);
const chars = texts.reduce((n, t) => n + t.length, 0);
const cuts = texts.map((t) => jieba.cut(t, true));
const time = (name: string, f: () => void): void => {
  f();
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${name.padEnd(20)} ${best.toFixed(0).padStart(6)} ms  ${Math.round(chars / (best / 1000))} chars/s`);
};
time('jieba cut', () => texts.forEach((t) => jieba.cut(t, true)));
time('pinyin-pro (base)', () => texts.forEach((t) => baseReadings(t)));
time('reader (base+model)', () => cuts.forEach((w) => readWordsWithModel(model, w)));
