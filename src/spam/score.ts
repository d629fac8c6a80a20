/**
 * One calibrated score per candidate: a small model per kind of candidate over the named features
 * of ./features-*.ts, boosted decision trees of depth three on the logistic loss (evidence often
 * counts only together: a doubled word is a paste, unless it is someone calling out inside quotes);
 * the page-level model of a stuffed lead is linear, each piece of evidence only adding to it.
 * The model is data (./decision-weights.json), written by `npm run train:spam` from the development
 * pages only (scripts/spam/train-decision.ts).
 */
import weights from './decision-weights.json';

/** Where a kind's probabilities are hidden and where marked (see ./tiers.ts). */
export interface Thresholds {
  hidden: number;
  suspect: number;
}

export type CandidateKind = 'piece' | 'headline' | 'sentence' | 'once' | 'line';
/** The models: one per kind of candidate, and the page-level one a headline piece's score needs. */
export type ModelName = CandidateKind | 'stuffing';

/**
 * A complete binary tree in arrays: internal node n tests `features[n] <= thresholds[n]` (left)
 * and has children 2n+1 and 2n+2; a node with feature -1 sends everything left. The leaves, in
 * order, follow the internal nodes.
 */
export interface Tree {
  features: number[];
  thresholds: number[];
  leaves: number[];
}

export interface KindModel {
  features: readonly string[];
  /** The log-odds every candidate starts from. */
  bias: number;
  trees: readonly Tree[];
  /** Weights of a linear part (one per feature), when the model has one. */
  linear?: readonly number[];
  /** Where this kind's probabilities are hidden and marked (see ./tiers.ts). */
  tiers: Thresholds;
}

export type DecisionModel = Record<ModelName, KindModel> & {
  /** Exact rules switched off (the ablation measures what each earns); none in the shipped model. */
  withoutExact?: readonly string[];
};

export const DECISION_MODEL: DecisionModel = weights;

export function logOdds(model: KindModel, features: readonly number[]): number {
  let z = model.bias;
  model.linear?.forEach((w, i) => (z += w * (features[i] ?? 0)));
  for (const tree of model.trees) {
    const inner = tree.features.length;
    let node = 0;
    while (node < inner) {
      const feature = tree.features[node] ?? -1;
      const goLeft = feature < 0 || (features[feature] ?? 0) <= (tree.thresholds[node] ?? 0);
      node = 2 * node + (goLeft ? 1 : 2);
    }
    z += tree.leaves[node - inner] ?? 0;
  }
  return z;
}

export function probability(model: KindModel, features: readonly number[]): number {
  return 1 / (1 + Math.exp(-logOdds(model, features)));
}
