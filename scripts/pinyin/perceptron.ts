/** Averaged multiclass perceptron over hashed keys (Collins 2002, with the lazy-average trick). */
import { bestCandidate, candidateKeys, withEvidence } from '../../src/pinyin/predict';
import type { Example } from './examples';

export type Candidates = Map<string, string[]>;

/** A char's options for one example: its candidates plus pinyin-pro's guess when new. */
export function optionsFor(candidates: Candidates, e: Example): readonly string[] | undefined {
  const own = candidates.get(e.occurrence.char);
  return own ? withEvidence(own, e.occurrence) : undefined;
}

export interface TrainOptions {
  epochs: number;
  /** How many times each CPP example is seen per epoch (CEDICT examples once). */
  cppRepeat: number;
  /** The same for our hand-written grammar contexts. */
  grammarRepeat: number;
  seed: number;
}

function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0 || 1;
  for (let i = items.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Weights with the averaging trick: `bump` at step `c` records `c·d`, so the average of every
 * intermediate weight vector comes out at the end without keeping copies.
 */
class AveragedWeights {
  private readonly w = new Map<number, number>();
  private readonly u = new Map<number, number>();
  private c = 1;
  readonly weight = (k: number): number => this.w.get(k) ?? 0;
  bump(k: number, d: number): void {
    this.w.set(k, (this.w.get(k) ?? 0) + d);
    this.u.set(k, (this.u.get(k) ?? 0) + this.c * d);
  }
  step(): void {
    this.c++;
  }
  averaged(): Map<number, number> {
    const out = new Map<number, number>();
    for (const [k, v] of this.w) {
      const a = v - (this.u.get(k) ?? 0) / this.c;
      if (a !== 0) out.set(k, a);
    }
    return out;
  }
}

/** The training pool: CPP and grammar examples repeated by their weight, dictionary ones once. */
function weightedPool(examples: Example[], opt: TrainOptions): Example[] {
  const pool: Example[] = [];
  for (const e of examples) {
    const n = e.source === 'cedict' ? 1 : e.source === 'cpp' ? opt.cppRepeat : opt.grammarRepeat;
    for (let i = 0; i < n; i++) pool.push(e);
  }
  return pool;
}

export function trainPerceptron(examples: Example[], candidates: Candidates, opt: TrainOptions): Map<number, number> {
  const weights = new AveragedWeights();
  const pool = weightedPool(examples, opt);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (const e of shuffle(pool, opt.seed + epoch)) {
      const options = optionsFor(candidates, e);
      if (!options) continue;
      const gold = options.indexOf(e.gold);
      if (gold < 0) continue;
      const got = bestCandidate(e.occurrence, options, weights.weight);
      if (got !== gold) {
        for (const k of candidateKeys(e.occurrence, gold, options[gold]!)) weights.bump(k, 1);
        for (const k of candidateKeys(e.occurrence, got, options[got]!)) weights.bump(k, -1);
      }
      weights.step();
    }
  }
  return weights.averaged();
}

/**
 * Multinomial logistic regression by averaged SGD over the same keys: unlike the perceptron it
 * also learns from examples it already gets right, so evidence is weighed rather than counted.
 */
export function trainSoftmax(
  examples: Example[],
  candidates: Candidates,
  opt: TrainOptions & { rate: number },
): Map<number, number> {
  const weights = new AveragedWeights();
  const pool = weightedPool(examples, opt);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    const rate = opt.rate / (1 + epoch);
    for (const e of shuffle(pool, opt.seed + epoch)) {
      const options = optionsFor(candidates, e);
      if (!options || options.length < 2) continue;
      const gold = options.indexOf(e.gold);
      if (gold < 0) continue;
      const keys = options.map((r, j) => candidateKeys(e.occurrence, j, r));
      const scores = keys.map((ks) => ks.reduce((s, k) => s + weights.weight(k), 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      for (let j = 0; j < options.length; j++) {
        const g = (j === gold ? 1 : 0) - exp[j]! / total;
        if (Math.abs(g) < 1e-3) continue;
        for (const k of keys[j]!) weights.bump(k, rate * g);
      }
      weights.step();
    }
  }
  return weights.averaged();
}
