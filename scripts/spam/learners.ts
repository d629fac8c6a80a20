/**
 * The learners behind the spam decision's scores, small and deterministic, each producing
 * src/spam/score.ts's KindModel (as data): gradient-boosted trees where there are thousands of
 * examples and evidence counts in combination; a logistic model where there are few (a whole
 * headline pasted: a hundred pages) or where each feature should only ever add evidence.
 */
import type { KindModel, Tree } from '../../src/spam/score';

export interface Example {
  features: number[];
  label: 0 | 1;
  /** The dev article the page was made from: cross-validation keeps an article's pages together. */
  group: number;
  /** How many candidates it stands for (one kept of several alike). */
  weight?: number;
  /**
   * A negative of a kind trained on a sample (a line pasted once): its sample number; trained on
   * when 0 (with the sample's weight), measured on always.
   */
  sample?: number;
}

/**
 * Gradient-boosted trees on the logistic loss (second-order, as XGBoost grows them), split points
 * at quantiles of each feature, level by level to a complete tree. Deterministic: ties go to the
 * first feature and the lowest threshold. `keep` masks features out (never split on).
 */
export function trainKind(examples: readonly Example[], names: readonly string[], keep: (name: string) => boolean = () => true): KindModel {
  if (examples.length === 0) return { features: names, bias: -10, trees: [], tiers: { hidden: 1.01, suspect: 1.01 } };
  const n = examples.length;
  const allowed = names.map((name) => keep(name));
  const cuts = names.map((_, f) => quantiles(examples.map((e) => e.features[f] ?? 0)));
  const total = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0);
  const positives = examples.reduce((sum, e) => sum + (e.label === 1 ? (e.weight ?? 1) : 0), 0);
  const bias = Math.log((positives + 1) / (total - positives + 1));
  const z = new Float64Array(n).fill(bias);
  const trees: Tree[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const g = new Float64Array(n);
    const h = new Float64Array(n);
    examples.forEach((e, i) => {
      const p = 1 / (1 + Math.exp(-(z[i] ?? 0)));
      const weight = e.weight ?? 1;
      g[i] = weight * (p - e.label);
      h[i] = weight * Math.max(p * (1 - p), 1e-6);
    });
    const inner = 2 ** DEPTH - 1;
    const tree: Tree = { features: new Array<number>(inner).fill(-1), thresholds: new Array<number>(inner).fill(0), leaves: [] };
    let level: number[][] = [examples.map((_, i) => i)];
    for (let depth = 0, node = 0; depth < DEPTH; depth++) {
      const next: number[][] = [];
      for (const members of level) {
        const split = bestSplit(members, examples, g, h, cuts, allowed);
        if (split) {
          tree.features[node] = split.feature;
          tree.thresholds[node] = split.threshold;
          next.push(members.filter((i) => (examples[i]?.features[split.feature] ?? 0) <= split.threshold));
          next.push(members.filter((i) => (examples[i]?.features[split.feature] ?? 0) > split.threshold));
        } else next.push(members, []);
        node++;
      }
      level = next;
    }
    for (const members of level) {
      let G = 0;
      let H = 0;
      for (const i of members) {
        G += g[i] ?? 0;
        H += h[i] ?? 0;
      }
      const value = round4((-G / (H + LAMBDA)) * SHRINK);
      tree.leaves.push(value);
      for (const i of members) z[i]! += value;
    }
    trees.push({ features: tree.features, thresholds: tree.thresholds.map(round4), leaves: tree.leaves });
  }
  return { features: names, bias: round4(bias), trees, tiers: { hidden: 1.01, suspect: 1.01 } };
}

const DEPTH = 3;
const ROUNDS = 120;
const SHRINK = 0.15;
/** L2 on the leaf values, and the least hessian (about examples × p(1−p)) a child may hold. */
const LAMBDA = 2;
const MIN_CHILD = 3;
const BINS = 24;

function quantiles(values: readonly number[]): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length <= BINS) return sorted.slice(0, -1);
  const out: number[] = [];
  for (let k = 1; k < BINS; k++) out.push(sorted[Math.floor((k * sorted.length) / BINS)] ?? 0);
  return [...new Set(out)];
}

function bestSplit(
  members: readonly number[],
  examples: readonly Example[],
  g: Float64Array,
  h: Float64Array,
  cuts: readonly number[][],
  allowed: readonly boolean[],
): { feature: number; threshold: number } | null {
  let G = 0;
  let H = 0;
  for (const i of members) {
    G += g[i] ?? 0;
    H += h[i] ?? 0;
  }
  const parent = (G * G) / (H + LAMBDA);
  let best: { feature: number; threshold: number; gain: number } | null = null;
  cuts.forEach((thresholds, f) => {
    if (!allowed[f] || thresholds.length === 0) return;
    const gBin = new Float64Array(thresholds.length + 1);
    const hBin = new Float64Array(thresholds.length + 1);
    for (const i of members) {
      const x = examples[i]?.features[f] ?? 0;
      let lo = 0;
      let hi = thresholds.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x <= (thresholds[mid] ?? 0)) hi = mid;
        else lo = mid + 1;
      }
      gBin[lo]! += g[i] ?? 0;
      hBin[lo]! += h[i] ?? 0;
    }
    let gl = 0;
    let hl = 0;
    thresholds.forEach((threshold, k) => {
      gl += gBin[k] ?? 0;
      hl += hBin[k] ?? 0;
      const gr = G - gl;
      const hr = H - hl;
      if (hl < MIN_CHILD || hr < MIN_CHILD) return;
      const gain = (gl * gl) / (hl + LAMBDA) + (gr * gr) / (hr + LAMBDA) - parent;
      if (gain > 1e-6 && (!best || gain > best.gain)) best = { feature: f, threshold, gain };
    });
  });
  return best;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * A logistic model whose weights may not go below zero: each feature is evidence that can only add
 * to the score, so a page lacking one kind of evidence (no junk strings, a model that reads the
 * pastes as fluent) is not taken for clean on that account. Projected gradient descent, fixed steps.
 */
export function trainEvidence(examples: readonly Example[], names: readonly string[], keep: (name: string) => boolean = () => true): KindModel {
  const d = names.length;
  const w = new Array<number>(d).fill(0);
  const total = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0);
  const positives = examples.reduce((sum, e) => sum + (e.label === 1 ? (e.weight ?? 1) : 0), 0);
  let bias = Math.log((positives + 1) / (total - positives + 1));
  for (let step = 0; step < LINEAR_STEPS; step++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    for (const e of examples) {
      let z = bias;
      for (let i = 0; i < d; i++) z += (w[i] ?? 0) * (e.features[i] ?? 0);
      const error = (e.weight ?? 1) * (1 / (1 + Math.exp(-z)) - e.label);
      gradBias += error;
      for (let i = 0; i < d; i++) grad[i]! += error * (e.features[i] ?? 0);
    }
    bias -= (LINEAR_RATE * gradBias) / total;
    for (let i = 0; i < d; i++) w[i] = keep(names[i] ?? '') ? Math.max(0, (w[i] ?? 0) - LINEAR_RATE * ((grad[i] ?? 0) / total + LINEAR_L2 * (w[i] ?? 0))) : 0;
  }
  return { features: names, bias: round4(bias), trees: [], linear: w.map(round4), tiers: { hidden: 1.01, suspect: 1.01 } };
}

const LINEAR_STEPS = 3000;
const LINEAR_RATE = 1;
const LINEAR_L2 = 1e-3;

/**
 * Plain logistic regression with a small ridge penalty, by Newton's method (iteratively reweighted
 * least squares): for kinds with few examples, where trees would learn the examples by heart.
 */
export function trainLogistic(examples: readonly Example[], names: readonly string[], keep: (name: string) => boolean = () => true): KindModel {
  const used = names.map((name, i) => (keep(name) ? i : -1)).filter((i) => i >= 0);
  const d = used.length + 1; // the bias last
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const hessian = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i < d - 1 ? RIDGE : 0)));
    const gradient = w.map((wi, i) => (i < d - 1 ? -RIDGE * wi : 0));
    for (const e of examples) {
      const x = [...used.map((i) => e.features[i] ?? 0), 1];
      let z = 0;
      for (let i = 0; i < d; i++) z += (w[i] ?? 0) * (x[i] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const weight = e.weight ?? 1;
      for (let i = 0; i < d; i++) {
        gradient[i]! += weight * (e.label - p) * (x[i] ?? 0);
        for (let j = 0; j <= i; j++) hessian[i]![j]! += weight * p * (1 - p) * (x[i] ?? 0) * (x[j] ?? 0);
      }
    }
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) hessian[i]![j] = hessian[j]![i]!;
    const delta = solve(hessian, gradient);
    for (let i = 0; i < d; i++) w[i]! += delta[i] ?? 0;
  }
  const linear = names.map(() => 0);
  used.forEach((i, k) => (linear[i] = round4(w[k] ?? 0)));
  return { features: names, bias: round4(w[d - 1] ?? 0), trees: [], linear, tiers: { hidden: 1.01, suspect: 1.01 } };
}

const NEWTON_STEPS = 25;
const RIDGE = 1;

/** Solves a x = b (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const head = m[col]![col]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / head;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i] || 1e-12));
}
