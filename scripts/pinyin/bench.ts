/**
 * Scores the whole pipeline (jieba segmentation via the project's segmenter glue + the pinyin
 * reader with its shipped model) on the CPP polyphone splits, as /work/shared/bench/eval-polyphone.mjs
 * scores: only the marked character counts, readings normalised to base + tone digit.
 * Also prints pinyin-pro's own accuracy and the pipeline's speed. The last line is the summary.
 *
 * Usage: npm run bench:pinyin [-- --errors 20]
 */
import { readFileSync } from 'node:fs';
import { addDict, pinyin } from 'pinyin-pro';
import { createPinyinReader } from '../../src/pinyin/index';
import { decodeModel } from '../../src/pinyin/model';
import { toNumbered } from '../../src/pinyin/numbered';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { predictAll, score } from './cpp-accuracy';
import { loadCpp, type CppItem } from './data';

const ASSETS = new URL('../../assets/public', import.meta.url);
const loadAsset = async (path: string): Promise<ArrayBuffer> => {
  const bytes = readFileSync(new URL(`.${path}`, `${ASSETS.href}/`));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

const errorsArg = process.argv.indexOf('--errors');
const SHOW_ERRORS = errorsArg > 0 ? Number(process.argv[errorsArg + 1] ?? 20) : 0;

async function main(): Promise<void> {
  const segmenter = createNodeSegmenter();
  const t0 = performance.now();
  // CPP labels citation tones where the dictionary writes a neutral one (困难 nan2): it scores the
  // readings before that step; the page's own readings are scored on the line after.
  const reader = await createPinyinReader(loadAsset, { dictionaryNeutralTones: false });
  const loadMs = performance.now() - t0;
  const pageReader = await createPinyinReader(loadAsset);
  const modelBytes = (await loadAsset('/data/pinyin-model.bin')).byteLength;
  const training = decodeModel(await loadAsset('/data/pinyin-model.bin')).header.training ?? {};
  const test = loadCpp('test');
  const dev = loadCpp('dev');

  // pinyin-pro's baseline: the whole sentence, default options, as eval-polyphone.mjs 'sentence' mode.
  const baseline = (items: CppItem[]): number =>
    score(items, items.map((it) => pinyin(it.text, { type: 'array', toneType: 'symbol' })[[...it.text.slice(0, it.at)].length] ?? ''));
  console.log(`pinyin-pro ${'3.29'} alone (whole sentence): test=${baseline(test).toFixed(2)}% dev=${baseline(dev).toFixed(2)}%`);

  predictAll(test.slice(0, 2000), segmenter, reader); // warm-up: jieba's dictionary, JIT
  let testPreds: string[] = [];
  let ms = Infinity;
  let cpuMs = Infinity;
  for (let rep = 0; rep < 3; rep++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    testPreds = predictAll(test, segmenter, pageReader);
    ms = Math.min(ms, performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  const chars = test.reduce((n, it) => n + [...it.text].length, 0);
  const pageAcc = score(test, testPreds);
  testPreds = predictAll(test, segmenter, reader);
  const testAcc = score(test, testPreds);
  const devAcc = score(dev, predictAll(dev, segmenter, reader));

  console.log(`model: ${modelBytes} bytes, loaded in ${loadMs.toFixed(1)} ms; trained on ${String(training.data ?? '?')}`);
  console.log(`speed (jieba + readings, test split, best of 3): ${Math.round(chars / (ms / 1000))} chars/s wall clock (${chars} chars in ${ms.toFixed(0)} ms)`);
  // CPU time is what the pipeline costs; wall clock also counts other processes on a shared machine.
  console.log(`speed per CPU second: ${Math.round(chars / (cpuMs / 1000))} chars/s (${cpuMs.toFixed(0)} ms of CPU)`);
  console.log(`pipeline on test (never trained or tuned on): ${testAcc.toFixed(2)}%`);
  console.log(`  the same with the dictionary's neutral tones, as the page shows them: ${pageAcc.toFixed(2)}%`);
  console.log(`pipeline on dev, cross-validated (${String(training.folds ?? '?')}-fold, from train:pinyin): ${String(training.crossValidatedDev ?? '?')}%`);
  console.log(`pipeline on dev, model trained on all of dev (optimistic): ${devAcc.toFixed(2)}%`);
  let shown = 0;
  testPreds.forEach((p, i) => {
    if (shown >= SHOW_ERRORS || toNumbered(p) === test[i]!.gold) return;
    shown++;
    const it = test[i]!;
    console.log(`  ${it.text.slice(0, it.at)}[${it.char}]${it.text.slice(it.at + 1)}  got=${p} gold=${it.gold}`);
  });
  // Last, because addDict changes pinyin-pro for the rest of the process (our pipeline included).
  const complete = (await import('@pinyin-pro/data/complete')).default;
  addDict(complete);
  console.log(`pinyin-pro with @pinyin-pro/data/complete (whole sentence): test=${baseline(test).toFixed(2)}% dev=${baseline(dev).toFixed(2)}%`);
  console.log(`polyphone-accuracy test=${testAcc.toFixed(2)}% dev=${devAcc.toFixed(2)}%`);
}

await main();
