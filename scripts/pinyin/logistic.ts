/**
 * Multinomial logistic regression with an L2 penalty over the perceptron's keys, fitted by L-BFGS
 * (Nocedal 1980) on the whole training set at once. The objective is convex with one minimum, so
 * the model does not depend on any order of the examples: no orders to average, and adding an
 * example moves the weights only as far as that example pulls them (the perceptron reshuffles its
 * unsure words on every retrain: README, "Training order").
 */
import type { Example } from './examples';
import { compile, weightedPool, type Candidates, type TrainOptions } from './perceptron';

export interface LogisticOptions extends TrainOptions {
  /** λ of the penalty λ/2·|w|², against the summed log-loss of all examples. */
  l2: number;
  /** L-BFGS iterations at most; it stops sooner once the loss stops falling. */
  iterations: number;
}

/** History pairs kept by L-BFGS. */
const MEMORY = 8;

export function trainLogistic(examples: Example[], candidates: Candidates, opt: LogisticOptions): Map<number, number> {
  // Sorted by id, so the sums (and the float rounding in them) come out the same whatever the files' order.
  const pool = weightedPool(examples, opt).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { keyOfId, first, gold, optionStarts, optionCount, ids } = compile(pool, candidates);
  const n = keyOfId.length;
  const scores = new Float64Array(64);

  /** The penalised loss at w; its gradient into `grad`. */
  const evaluate = (w: Float64Array, grad: Float64Array): number => {
    let loss = 0;
    for (let k = 0; k < n; k++) {
      grad[k] = opt.l2 * w[k]!;
      loss += 0.5 * opt.l2 * w[k]! * w[k]!;
    }
    for (let i = 0; i < pool.length; i++) {
      const o0 = first[i]!;
      const count = optionCount[i]!;
      if (o0 < 0 || count < 2) continue;
      let top = -Infinity;
      for (let j = 0; j < count; j++) {
        let s = 0;
        for (let k = optionStarts[o0 + j]!; k < optionStarts[o0 + j + 1]!; k++) s += w[ids[k]!]!;
        scores[j] = s;
        if (s > top) top = s;
      }
      let total = 0;
      for (let j = 0; j < count; j++) total += Math.exp(scores[j]! - top);
      loss += top + Math.log(total) - scores[gold[i]!]!;
      for (let j = 0; j < count; j++) {
        const g = Math.exp(scores[j]! - top) / total - (j === gold[i] ? 1 : 0);
        for (let k = optionStarts[o0 + j]!; k < optionStarts[o0 + j + 1]!; k++) grad[ids[k]!]! += g;
      }
    }
    return loss;
  };

  const w = new Float64Array(n);
  const grad = new Float64Array(n);
  const next = new Float64Array(n);
  const nextGrad = new Float64Array(n);
  const direction = new Float64Array(n);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const dot = (a: Float64Array, b: Float64Array): number => {
    let t = 0;
    for (let k = 0; k < n; k++) t += a[k]! * b[k]!;
    return t;
  };
  let loss = evaluate(w, grad);
  for (let iteration = 0; iteration < opt.iterations; iteration++) {
    // Two-loop recursion: direction = −H·grad.
    direction.set(grad);
    const alpha: number[] = [];
    for (let m = s.length - 1; m >= 0; m--) {
      const a = rho[m]! * dot(s[m]!, direction);
      alpha[m] = a;
      for (let k = 0; k < n; k++) direction[k]! -= a * y[m]![k]!;
    }
    if (s.length > 0) {
      const last = s.length - 1;
      const gamma = dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!);
      for (let k = 0; k < n; k++) direction[k]! *= gamma;
    }
    for (let m = 0; m < s.length; m++) {
      const b = rho[m]! * dot(y[m]!, direction);
      for (let k = 0; k < n; k++) direction[k]! += s[m]![k]! * (alpha[m]! - b);
    }
    for (let k = 0; k < n; k++) direction[k] = -direction[k]!;
    const slope = dot(grad, direction);
    if (slope >= 0) break;
    // Backtracking (Armijo); the first step is scaled to the gradient, later ones start at 1.
    let step = s.length === 0 ? 1 / Math.sqrt(dot(grad, grad)) : 1;
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let k = 0; k < n; k++) next[k] = w[k]! + step * direction[k]!;
      nextLoss = evaluate(next, nextGrad);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const sk = s.length === MEMORY ? s.shift()! : new Float64Array(n);
    const yk = y.length === MEMORY ? y.shift()! : new Float64Array(n);
    if (rho.length === MEMORY) rho.shift();
    for (let k = 0; k < n; k++) {
      sk[k] = next[k]! - w[k]!;
      yk[k] = nextGrad[k]! - grad[k]!;
    }
    s.push(sk);
    y.push(yk);
    rho.push(1 / dot(yk, sk));
    w.set(next);
    grad.set(nextGrad);
    const change = (loss - nextLoss) / Math.max(1, Math.abs(nextLoss));
    loss = nextLoss;
    if (process.env.TIMING === '1' && iteration % 20 === 0) console.log(`  L-BFGS ${iteration}: loss ${loss.toFixed(2)}, ${n} keys, ${pool.length} examples, ${(performance.now() / 1000).toFixed(0)} s`);
    if (change < 1e-7) break;
  }
  const out = new Map<number, number>();
  for (let id = 0; id < n; id++) if (w[id] !== 0) out.set(keyOfId[id]!, w[id]!);
  return out;
}
