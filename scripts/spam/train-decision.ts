/**
 * Trains the spam decision's scores (src/spam/score.ts) on the development pages only
 * (./dev-examples.ts): a small model (./learners.ts) per kind of candidate, plus the
 * page-level model of a stuffed lead that a headline piece's score is multiplied by; and measures
 * each kind's tiers out of fold (five folds of dev articles, so no candidate is judged by a model
 * that saw its article). Writes src/spam/decision-weights.json. Deterministic.
 *
 *   npm run train:spam                                         train and write the model
 *   npm run train:spam -- --without=piece.copies,once.mood     leave features out (the ablation)
 *   npm run train:spam -- --dry                                train and print, write nothing
 */
import { writeFileSync } from 'node:fs';
import { HEADLINE_COPY_FEATURES, PIECE_FEATURES } from '../../src/spam/features-headline';
import { LINE_FEATURES } from '../../src/spam/features-lines';
import { ONCE_FEATURES } from '../../src/spam/features-once';
import { SENTENCE_FEATURES } from '../../src/spam/features-sentences';
import { STUFFING_FEATURES } from '../../src/spam/features-stuffing';
import { probability, type CandidateKind, type DecisionModel, type KindModel, type ModelName } from '../../src/spam/score';
import type { Thresholds } from '../../src/spam/tiers';
import { trainEvidence, trainKind, trainLogistic, type Example } from './learners';
import { developmentExamples, type DevelopmentExamples, type PieceExample } from './dev-examples';

const WEIGHTS = new URL('../../src/spam/decision-weights.json', import.meta.url);
const FOLDS = 5;
const LEVELS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998];
/** Hidden where this share of the candidates above the level are pasted; marked where SUSPECT_PRECISION are. */
const HIDDEN_PRECISION = 0.995;
const SUSPECT_PRECISION = 0.8;
/** Fewer pasted candidates than this above a level, and the level is not measured at all. */
const MIN_ABOVE = 5;

export const FEATURE_NAMES: Record<ModelName, readonly string[]> = {
  piece: PIECE_FEATURES,
  headline: HEADLINE_COPY_FEATURES,
  sentence: SENTENCE_FEATURES,
  once: ONCE_FEATURES,
  line: LINE_FEATURES,
  stuffing: STUFFING_FEATURES,
};

type Keep = (model: ModelName, feature: string) => boolean;

/**
 * Trees for the kinds with thousands of examples; a logistic model for the repeated sentence and
 * the whole headline (a few hundred examples, a hundred), and an evidence-only one for a stuffed lead.
 */
const LEARNER: Record<ModelName, typeof trainKind> = {
  piece: trainKind,
  once: trainKind,
  line: trainKind,
  sentence: trainLogistic,
  headline: trainLogistic,
  stuffing: trainEvidence,
};

/** The model of a kind, from examples; a headline piece's is trained on stuffed pages only. */
function trainModelOf(name: ModelName, examples: DevelopmentExamples, keep: Keep): KindModel {
  const list: readonly Example[] = name === 'piece' ? examples.piece.filter((e) => e.stuffed === 1) : examples[name];
  const train = LEARNER[name];
  return train(list, FEATURE_NAMES[name], (feature) => keep(name, feature));
}

/** The lowest levels at which the out-of-fold candidates above are pasted often enough. */
function tiersOf(scored: readonly { p: number; label: number; weight: number }[]): Thresholds {
  const level = (wanted: number): number => {
    for (const t of LEVELS) {
      let above = 0;
      let right = 0;
      for (const s of scored) {
        if (s.p < t) continue;
        above += s.weight;
        if (s.label === 1) right += s.weight;
      }
      if (right >= MIN_ABOVE && right >= above * wanted) return t;
    }
    return 1.01;
  };
  const hidden = level(HIDDEN_PRECISION);
  return { hidden, suspect: Math.min(hidden, level(SUSPECT_PRECISION)) };
}

/** Each kind's tiers from out-of-fold probabilities (a piece's: stuffing × occurrence). */
function chooseTiers(examples: DevelopmentExamples, keep: Keep): Record<CandidateKind, Thresholds> {
  const scored: Record<CandidateKind, { p: number; label: number; weight: number }[]> = { piece: [], headline: [], sentence: [], once: [], line: [] };
  for (let fold = 0; fold < FOLDS; fold++) {
    const out = (e: Example): boolean => e.group % FOLDS !== fold;
    const training: DevelopmentExamples = {
      piece: examples.piece.filter(out),
      headline: examples.headline.filter(out),
      sentence: examples.sentence.filter(out),
      once: examples.once.filter(out),
      line: examples.line.filter(out),
      stuffing: examples.stuffing.filter(out),
    };
    const stuffing = trainModelOf('stuffing', training, keep);
    for (const kind of ['piece', 'headline', 'sentence', 'once', 'line'] as const) {
      const model = trainModelOf(kind, training, keep);
      for (const e of examples[kind].filter((x) => !out(x))) {
        const prior = kind === 'piece' ? probability(stuffing, (e as PieceExample).page) : 1;
        scored[kind].push({ p: prior * probability(model, e.features), label: e.label, weight: e.weight ?? 1 });
      }
    }
  }
  return { piece: tiersOf(scored.piece), headline: tiersOf(scored.headline), sentence: tiersOf(scored.sentence), once: tiersOf(scored.once), line: tiersOf(scored.line) };
}

export async function trainModel(without: ReadonlySet<string> = new Set(), examplesIn?: DevelopmentExamples): Promise<DecisionModel> {
  const examples = examplesIn ?? (await developmentExamples());
  const keep: Keep = (name, feature) => !without.has(`${name}.${feature}`);
  const tiers = chooseTiers(examples, keep);
  const none = { hidden: 1.01, suspect: 1.01 };
  const model = {} as DecisionModel;
  for (const name of Object.keys(FEATURE_NAMES) as ModelName[]) {
    model[name] = { ...trainModelOf(name, examples, keep), tiers: name === 'stuffing' ? none : tiers[name] };
  }
  return model;
}

function summary(model: DecisionModel, examples: DevelopmentExamples): string {
  return (Object.keys(model) as ModelName[])
    .map((name) => {
      const m = model[name];
      const list: readonly Example[] = examples[name];
      const used = new Map<string, number>();
      for (const tree of m.trees) for (const f of tree.features) if (f >= 0) used.set(m.features[f] ?? '', (used.get(m.features[f] ?? '') ?? 0) + 1);
      const splits = m.linear
        ? m.linear.map((w, i) => `${m.features[i]} ${w}`).join(', ')
        : [...used].sort((a, b) => b[1] - a[1]).map(([f, k]) => `${f} ${k}`).join(', ');
      return `${name}: ${list.length} examples, ${list.filter((e) => e.label === 1).length} pasted; tiers ${JSON.stringify(m.tiers)}\n  splits: ${splits}`;
    })
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const without = new Set((args.find((a) => a.startsWith('--without='))?.split('=')[1] ?? '').split(',').filter(Boolean));
  const examples = await developmentExamples();
  const model = await trainModel(without, examples);
  if (!args.includes('--dry')) writeFileSync(WEIGHTS, `${JSON.stringify(model)}\n`);
  console.log(summary(model, examples));
}
