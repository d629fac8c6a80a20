/**
 * Trains the polyphone model and writes assets/public/data/pinyin-model.bin.
 *
 * Data: the CPP dev split (Apache-2.0; the test split is never read here), our own hand-written
 * contexts (grammar-contexts.txt) and dictionary headwords as labelled contexts: CC-CEDICT's
 * (CC BY-SA 4.0) and pinyin-pro's complete word list (HEADWORDS=cedict for CC-CEDICT alone).
 * Prints k-fold cross-validated accuracy on dev (also by margin, see bestCandidate), then trains
 * on all of dev and writes the model. Deterministic: the same examples give the same file, in
 * whatever order the files list them (see visitOrders in perceptron.ts).
 *
 * Usage: npm run train:pinyin [-- --folds 5 --seeds 16 --epochs 4 --repeat 1 --grammar 1 --prune 0.5 --errors 50]
 * (--folds 0 skips cross-validation; HIDDEN_VERBS=0 leaves out the verbs jieba's tags hide; LEARNER=logistic fits L2 logistic regression instead, --l2 its penalty, see logistic.ts; ORDER=shuffle the
 * file-order shuffle used up to session 10; TIMING=1 prints each fit's time.)
 * Takes 9-11 minutes on the 2-core machine with the load at 8-10 (16 orders, 5 folds).
 */
import { writeFileSync } from 'node:fs';
import { encodeModel, entryCheck, lexiconKey, verbKey, type ModelHeader } from '../../src/pinyin/model';
import { bestCandidate, candidateKeys } from '../../src/pinyin/predict';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { buildCandidates } from './candidates';
import { loadCedictHeadwords, loadCompleteHeadwords, loadCpp, loadGrammarContexts, mergeHeadwords, type CppItem } from './data';
import { cedictExamples, cppExample, type Example } from './examples';
import { buildHiddenVerbs } from './hidden-verbs';
import { buildLexicon } from './lexicon';
import { formatLayers, readingLayer } from './reading-layer';
import { buildNeutralTones, buildWordsEndingInGuo } from './neutral-words';
import { buildSurnameReadings } from './surname-readings';
import { trainLogistic } from './logistic';
import { optionsFor, trainPerceptron, type Candidates, type TrainOptions } from './perceptron';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FOLDS = arg('folds', 5);
/** How far the model must outscore pinyin-pro's guess to overrule it (chosen by cross-validation). */
const MARGIN = arg('margin', 0);
const LEARNER = process.env.LEARNER ?? 'perceptron';
const L2 = arg('l2', 1);
const PRUNE = arg('prune', 0.5);
const SEEDS = arg('seeds', 16);
/** A reading joins a character's candidates once this many headwords attest it (CPP labels always do). */
const MIN_HEADWORDS = arg('min-headwords', 2);
const OPTIONS: TrainOptions = { epochs: arg('epochs', 4), cppRepeat: arg('repeat', 1), grammarRepeat: arg('grammar', 1), seed: arg('seed', 7), order: process.env.ORDER === 'shuffle' ? 'shuffle' : 'content' };
// MODEL_OUT writes elsewhere (experiments, reproducibility checks).
export const MODEL_PATH = process.env.MODEL_OUT
  ? new URL(`file://${process.env.MODEL_OUT}`)
  : new URL('../../assets/public/data/pinyin-model.bin', import.meta.url);

const SHOW_ERRORS = arg('errors', 0);
/**
 * --without-fold f (with --folds k): trains on CPP dev less its f-th fold (items i with i % k === f) and writes
 * that model (MODEL_OUT), skipping cross-validation, so the whole pipeline, rules included, can be scored on
 * the fold it never saw (scripts/pinyin/pipeline-cv.ts).
 */
const WITHOUT_FOLD = arg('without-fold', -1);
/** DICTPROBE=1: how the dictionaries' reading of the jieba word compares with the model, in CV. */
let dictProbe: Map<CppItem, string> | undefined;
const dictStats = { n: 0, dict: 0, model: 0 };
const cvErrors: string[] = [];
/**
 * ITEMS_OUT=<file>: every held-out CV item as a JSON line (gold, pick, pinyin-pro, lexicon, the
 * dictionaries' readings of its word at that place, each candidate's score unpruned and as shipped),
 * for offline error analysis (scripts/pinyin/cv-items.ts): what a confidence fallback would do.
 */
const cvItems: string[] = [];
/** Where CV errors come from (see readingLayer): layer -> [errors, examples]. */
const buckets = new Map<string, [number, number]>();
let bucketHeadwords: Map<string, string[][]> | undefined;

const bucketOf = (e: Example): string =>
  e.word && bucketHeadwords ? readingLayer(e.word.text, e.word.position, e.gold, bucketHeadwords) : '?';

const MARGINS = [0, 0.5, 1, 2, 3, 5, 8];
/** Correct answers per margin (see bestCandidate), summed over the cross-validation folds. */
const marginHits = MARGINS.map(() => 0);

function accuracy(
  weights: Map<number, number>,
  candidates: Candidates,
  examples: Example[],
  items?: CppItem[],
  margin = MARGIN,
): number {
  let ok = 0;
  const weight = (k: number): number => weights.get(k) ?? 0;
  examples.forEach((e, i) => {
    const options = optionsFor(candidates, e);
    if (items) {
      MARGINS.forEach((m, j) => {
        const pick = options ? options[bestCandidate(e.occurrence, options, weight, m)] : e.occurrence.guess;
        if (pick === e.gold) marginHits[j]!++;
      });
    }
    const got = options ? options[bestCandidate(e.occurrence, options, weight, margin)] : e.occurrence.guess;
    if (items && dictProbe) {
      const d = dictProbe.get(items[i]!);
      if (d !== undefined) {
        dictStats.n++;
        if (d === e.gold) dictStats.dict++;
        if (got === e.gold) dictStats.model++;
      }
    }
    if (items && process.env.ITEMS_OUT && options) {
      const it = items[i]!;
      const shipped = (k: number): number => {
        const w = weights.get(k) ?? 0;
        return Math.abs(w) >= PRUNE ? w : 0;
      };
      const scores = options.map((r, j) => candidateKeys(e.occurrence, j, r).reduce((sum, k) => sum + weight(k), 0));
      const shippedScores = options.map((r, j) => candidateKeys(e.occurrence, j, r).reduce((sum, k) => sum + shipped(k), 0));
      const dict = e.word && e.word.text.length > 1 ? bucketHeadwords?.get(e.word.text)?.map((r) => r[e.word!.position]) : undefined;
      cvItems.push(JSON.stringify({ fold: i, char: it.char, text: it.text, at: it.at, gold: it.gold, got, layer: bucketOf(e), word: e.word?.text, pos: e.word?.position, tag: e.word?.tag, pp: e.occurrence.guess, wg: e.occurrence.wordGuess, lx: e.occurrence.lexicon, dict: dict ? [...new Set(dict)] : undefined, options, scores, shippedScores }));
    }
    if (items) {
      const b = bucketOf(e);
      const counts = buckets.get(b) ?? [0, 0];
      counts[1]++;
      if (got !== e.gold) counts[0]++;
      buckets.set(b, counts);
    }
    if (got === e.gold) ok++;
    else if (items) {
      const it = items[i]!;
      cvErrors.push(`${it.char} ${bucketOf(e)} ${e.word?.text}/${e.word?.tag} ${it.text.slice(0, it.at)}[${it.char}]${it.text.slice(it.at + 1)} got=${got} gold=${it.gold} pp=${e.occurrence.guess} lx=${e.occurrence.lexicon}`);
    }
  });
  return ok / examples.length;
}

let grammar: { items: CppItem[]; examples: Example[] } = { items: [], examples: [] };

/** Trains on `items` (CPP dev, or the folds of it being trained on), our grammar contexts and headwords. */
function fit(items: CppItem[], examples: Example[], headwords: Map<string, string[][]>): [Map<number, number>, Candidates] {
  items = [...items, ...grammar.items];
  examples = [...examples, ...grammar.examples];
  const candidates = buildCandidates(headwords, items, MIN_HEADWORDS);
  const train = [...examples, ...cedictExamples(headwords, new Set(candidates.keys()), process.env.HWGUESS === '1')];
  // Several orders averaged: a perceptron's result depends on the order it sees its examples in.
  // Each order follows from what the examples are (not from file order), so adding an example does
  // not reshuffle the rest; still, from six orders to the next six, 33-38 CPP test items and 15-23
  // corpus words read otherwise; from sixteen to the next sixteen 19 and 10 (README, "Training order").
  const t0 = performance.now();
  const weights =
    LEARNER === 'logistic'
      ? trainLogistic(train, candidates, { ...OPTIONS, l2: L2, iterations: arg('iterations', 150) })
      : trainPerceptron(train, candidates, OPTIONS, SEEDS);
  if (process.env.TIMING === '1') console.log(`  ${SEEDS} orders of ${train.length} examples in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return [weights, candidates];
}

function main(): void {
  const t0 = performance.now();
  const sources = process.env.HEADWORDS ?? 'cedict+complete';
  const headwords = mergeHeadwords(
    ...(sources.includes('cedict') ? [loadCedictHeadwords()] : []),
    ...(sources.includes('complete') ? [loadCompleteHeadwords()] : []),
  );
  const dev = loadCpp('dev');
  bucketHeadwords = headwords;
  const segmenter = createNodeSegmenter();
  const grammarItems = process.env.GRAMMAR === '0' ? [] : loadGrammarContexts();
  // The lexicon depends on dictionaries only; which characters it covers is fixed from all
  // training data up front (so cross-validation folds share it).
  const lexicon =
    process.env.LEXICON === '0'
      ? new Map<string, string>()
      : buildLexicon(headwords, new Set(buildCandidates(headwords, [...dev, ...grammarItems]).keys()));
  console.log(`lexicon: ${lexicon.size} (word, position) entries where pinyin-pro disagrees with the dictionaries`);
  // HIDDEN_VERBS=0 leaves the verbs jieba's tags hide out (to measure what they do).
  const hiddenVerbs = process.env.HIDDEN_VERBS === '0' ? [] : buildHiddenVerbs(segmenter);
  const hiddenVerbSet = new Set(hiddenVerbs);
  const hiddenVerb = hiddenVerbs.length > 0 ? (word: string): boolean => hiddenVerbSet.has(word) : undefined;
  console.log(`hidden verbs: ${hiddenVerbs.length} words CC-CEDICT glosses as verbs and jieba tags otherwise`);
  const devExamples = dev.map((item) => cppExample(item, segmenter, lexicon, 'cpp', hiddenVerb));
  if (process.env.DICTPROBE === '1') {
    dictProbe = new Map();
    for (const item of dev) {
      const words = segmenter.cut(item.text);
      let s = 0;
      let w = 0;
      while (s + words[w]!.length <= item.at) s += words[w++]!.length;
      const rs = words[w]!.length > 1 ? headwords.get(words[w]!) : undefined;
      const atK = new Set((rs ?? []).map((r) => r[item.at - s]!));
      if (atK.size === 1) dictProbe.set(item, [...atK][0]!);
    }
  }
  grammar = { items: grammarItems, examples: grammarItems.map((item) => cppExample(item, segmenter, lexicon, 'grammar', hiddenVerb)) };
  console.log(`loaded ${headwords.size} headwords (${sources}), ${dev.length} dev sentences in ${(performance.now() - t0).toFixed(0)} ms`);
  const baseline = devExamples.filter((e) => e.occurrence.guess === e.gold).length / dev.length;
  console.log(`pinyin-pro alone on dev: ${(100 * baseline).toFixed(2)}%`);

  let crossValidated: number | undefined;
  if (WITHOUT_FOLD >= 0) {
    const kept = (_: unknown, i: number): boolean => i % FOLDS !== WITHOUT_FOLD;
    dev.splice(0, dev.length, ...dev.filter(kept));
    devExamples.splice(0, devExamples.length, ...devExamples.filter(kept));
    console.log(`without fold ${WITHOUT_FOLD + 1}/${FOLDS}: training on ${dev.length} dev items`);
  } else if (FOLDS > 1) {
    let ok = 0;
    for (let f = 0; f < FOLDS; f++) {
      const inFold = (i: number): boolean => i % FOLDS === f;
      const [weights, candidates] = fit(
        dev.filter((_, i) => !inFold(i)),
        devExamples.filter((_, i) => !inFold(i)),
        headwords,
      );
      const held = devExamples.filter((_, i) => inFold(i));
      const acc = accuracy(weights, candidates, held, dev.filter((_, i) => inFold(i)));
      ok += acc * held.length;
      console.log(`fold ${f + 1}/${FOLDS}: ${(100 * acc).toFixed(2)}%`);
    }
    crossValidated = (100 * ok) / dev.length;
    if (dictProbe) console.log('dictionary-word cases (CV):', dictStats);
    console.log(
      'CV errors by bucket (errors/examples):',
      formatLayers(buckets),
    );
    if (process.env.ITEMS_OUT) writeFileSync(process.env.ITEMS_OUT, cvItems.join('\n') + '\n');
    if (process.env.ERRORS_OUT) writeFileSync(process.env.ERRORS_OUT, cvErrors.join('\n') + '\n');
    console.log(
      'cross-validated accuracy by margin:',
      MARGINS.map((m, j) => `${m}: ${((100 * marginHits[j]!) / dev.length).toFixed(2)}%`).join('  '),
    );
    console.log(`cross-validated dev accuracy (${FOLDS}-fold): ${crossValidated.toFixed(2)}%`);
    if (SHOW_ERRORS > 0) {
      const byChar = new Map<string, number>();
      for (const e of cvErrors) byChar.set(e[0]!, (byChar.get(e[0]!) ?? 0) + 1);
      console.log('most-missed (cross-validated):', [...byChar].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([c, n]) => `${c}:${n}`).join(' '));
      for (const e of cvErrors.slice(0, SHOW_ERRORS)) console.log(`  ${e}`);
    }
  }

  const [weights, candidates] = fit(dev, devExamples, headwords);
  const pruned = new Map([...weights].filter(([, v]) => Math.abs(v) >= PRUNE));
  console.log(`weights: ${weights.size}, kept ${pruned.size} with |w| >= ${PRUNE}`);
  console.log(`dev accuracy of the final model (trained on dev): ${(100 * accuracy(pruned, candidates, devExamples)).toFixed(2)}%`);
  const readings = [...new Set([...candidates.values()].flat().concat([...lexicon.values()]))].sort();
  const index = new Map(readings.map((r, i) => [r, i]));
  const header: ModelHeader = {
    readings,
    candidates: Object.fromEntries([...candidates].map(([c, rs]) => [c, rs.map((r) => index.get(r)!)])),
    scale: arg('scale', 8),
    margin: MARGIN,
    surnames: buildSurnameReadings(),
    wordsEndingInGuo: buildWordsEndingInGuo(),
    training: {
      data: `CPP dev + ${grammar.items.length} grammar contexts + headwords of ${sources}`,
      ...OPTIONS,
      learner: LEARNER,
      seeds: SEEDS,
      prune: PRUNE,
      ...(crossValidated === undefined ? {} : { folds: FOLDS, crossValidatedDev: Number(crossValidated.toFixed(2)) }),
    },
  };
  // Each entry's key, and the check that tells it from another (word, position) hashing alike.
  const checks = new Map<number, number>();
  const keyOfEntry = (entry: string): number => {
    const bar = entry.lastIndexOf('|');
    const [word, position] = [entry.slice(0, bar), Number(entry.slice(bar + 1))];
    const key = lexiconKey(word, position);
    checks.set(key, entryCheck(word, position));
    return key;
  };
  const lexiconKeys = new Map<number, number>();
  for (const [entry, reading] of lexicon) lexiconKeys.set(keyOfEntry(entry), index.get(reading)!);
  const neutral = new Set([...buildNeutralTones()].map(keyOfEntry));
  console.log(`neutral tones: ${neutral.size} (word, position) pairs from CC-CEDICT`);
  const bytes = encodeModel(header, pruned, lexiconKeys, neutral, new Set(hiddenVerbs.map(verbKey)), checks);
  writeFileSync(MODEL_PATH, bytes);
  console.log(`wrote ${MODEL_PATH.pathname}: ${bytes.length} bytes, ${candidates.size} characters, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
