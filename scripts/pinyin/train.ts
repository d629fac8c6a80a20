/**
 * Trains the polyphone model and writes assets/public/data/pinyin-model.bin.
 *
 * Data: the CPP dev split (Apache-2.0; the test split is never read here) and CC-CEDICT's
 * multi-character headwords (CC BY-SA 4.0) as labelled contexts. Prints k-fold cross-validated
 * accuracy on dev, then trains on all of dev and writes the model.
 *
 * Usage: npm run train:pinyin [-- --folds 5 --epochs 8 --repeat 3 --prune 0.5]
 */
import { writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { encodeModel, type ModelHeader } from '../../src/pinyin/model';
import { bestCandidate } from '../../src/pinyin/predict';
import { createJiebaSegmenter } from '../../src/segment/segmenter';
import { buildCandidates } from './candidates';
import { loadCedictHeadwords, loadCpp, type CppItem } from './data';
import { cedictExamples, cppExample, type Example } from './examples';
import { optionsFor, trainPerceptron, type Candidates, type TrainOptions } from './perceptron';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FOLDS = arg('folds', 5);
const PRUNE = arg('prune', 0.5);
const OPTIONS: TrainOptions = { epochs: arg('epochs', 8), cppRepeat: arg('repeat', 3), seed: 7 };
export const MODEL_PATH = new URL('../../assets/public/data/pinyin-model.bin', import.meta.url);

function accuracy(weights: Map<number, number>, candidates: Candidates, examples: Example[]): number {
  let ok = 0;
  for (const e of examples) {
    const options = optionsFor(candidates, e);
    const got = options ? options[bestCandidate(e.occurrence, options, (k) => weights.get(k) ?? 0)] : e.occurrence.guess;
    if (got === e.gold) ok++;
  }
  return ok / examples.length;
}

function fit(items: CppItem[], examples: Example[], headwords: Map<string, string[][]>): [Map<number, number>, Candidates] {
  const candidates = buildCandidates(headwords, items);
  const train = [...examples, ...cedictExamples(headwords, new Set(candidates.keys()))];
  return [trainPerceptron(train, candidates, OPTIONS), candidates];
}

function main(): void {
  const t0 = performance.now();
  const headwords = loadCedictHeadwords();
  const dev = loadCpp('dev');
  const segmenter = createJiebaSegmenter(jieba);
  const devExamples = dev.map((item) => cppExample(item, segmenter));
  console.log(`loaded ${headwords.size} CEDICT headwords, ${dev.length} dev sentences in ${(performance.now() - t0).toFixed(0)} ms`);
  const baseline = devExamples.filter((e) => e.occurrence.guess === e.gold).length / dev.length;
  console.log(`pinyin-pro alone on dev: ${(100 * baseline).toFixed(2)}%`);

  let crossValidated: number | undefined;
  if (FOLDS > 1) {
    let ok = 0;
    for (let f = 0; f < FOLDS; f++) {
      const inFold = (i: number): boolean => i % FOLDS === f;
      const [weights, candidates] = fit(
        dev.filter((_, i) => !inFold(i)),
        devExamples.filter((_, i) => !inFold(i)),
        headwords,
      );
      const held = devExamples.filter((_, i) => inFold(i));
      const acc = accuracy(weights, candidates, held);
      ok += acc * held.length;
      console.log(`fold ${f + 1}/${FOLDS}: ${(100 * acc).toFixed(2)}%`);
    }
    crossValidated = (100 * ok) / dev.length;
    console.log(`cross-validated dev accuracy (${FOLDS}-fold): ${crossValidated.toFixed(2)}%`);
  }

  const [weights, candidates] = fit(dev, devExamples, headwords);
  const pruned = new Map([...weights].filter(([, v]) => Math.abs(v) >= PRUNE));
  console.log(`weights: ${weights.size}, kept ${pruned.size} with |w| >= ${PRUNE}`);
  console.log(`dev accuracy of the final model (trained on dev): ${(100 * accuracy(pruned, candidates, devExamples)).toFixed(2)}%`);
  const readings = [...new Set([...candidates.values()].flat())].sort();
  const index = new Map(readings.map((r, i) => [r, i]));
  const header: ModelHeader = {
    readings,
    candidates: Object.fromEntries([...candidates].map(([c, rs]) => [c, rs.map((r) => index.get(r)!)])),
    scale: 8,
    training: {
      data: 'CPP dev + CC-CEDICT headwords',
      ...OPTIONS,
      prune: PRUNE,
      ...(crossValidated === undefined ? {} : { folds: FOLDS, crossValidatedDev: Number(crossValidated.toFixed(2)) }),
    },
  };
  const bytes = encodeModel(header, pruned);
  writeFileSync(MODEL_PATH, bytes);
  console.log(`wrote ${MODEL_PATH.pathname}: ${bytes.length} bytes, ${candidates.size} characters, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
