/** Averaged multiclass perceptron over hashed keys (Collins 2002, with the lazy-average trick). */
import { candidateKeys, withEvidence } from '../../src/pinyin/predict';
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
  /**
   * 'content' (the default): each epoch visits the examples in the order of a hash of (seed, epoch,
   * the example's id), so the order depends on what the examples are, not on where they stand in
   * a file, and adding one example leaves the others' order as it was. 'shuffle': the shuffle of
   * the file order used up to session 10 (kept to measure the two against each other).
   */
  order?: 'content' | 'shuffle';
}

/** The training pool: CPP and grammar examples repeated by their weight, dictionary ones once. */
export function weightedPool(examples: Example[], opt: TrainOptions): Example[] {
  const pool: Example[] = [];
  for (const e of examples) {
    const n = e.source === 'cedict' ? 1 : e.source === 'cpp' ? opt.cppRepeat : opt.grammarRepeat;
    for (let i = 0; i < n; i++) pool.push(e);
  }
  return pool;
}

/** FNV-1a of a string. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finaliser: spreads (hash, round) evenly, so each round is an independent order. */
function mix(h: number, round: number): number {
  h = Math.imul(h ^ Math.imul(round + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The visiting orders of a pool, one per epoch, each a permutation of pool indices. In 'content'
 * order, ties of the 32-bit hash go to the example's rank by id, and copies of one example (a
 * repeat, a duplicate sentence) are interchangeable: the result depends on the pool as a set.
 */
function* visitOrders(pool: Example[], opt: TrainOptions): Generator<ArrayLike<number>> {
  if (opt.order === 'shuffle') {
    const order = pool.map((_, i) => i);
    for (let epoch = 0; epoch < opt.epochs; epoch++) yield shuffle(order, opt.seed + epoch);
    return;
  }
  if (pool.length >= 1 << 21) throw new Error('training pool too large for the packed sort key');
  const byId = pool.map((_, i) => i).sort((a, b) => (pool[a]!.id < pool[b]!.id ? -1 : pool[a]!.id > pool[b]!.id ? 1 : 0));
  const rank = new Uint32Array(pool.length);
  byId.forEach((i, r) => (rank[i] = r));
  const idHash = pool.map((e) => fnv(e.id));
  const sortKeys = new Float64Array(pool.length);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    const round = opt.seed * 64 + epoch;
    // (hash, rank) packed into one exact double: hash · 2^21 + rank < 2^53, sorted natively.
    for (let i = 0; i < pool.length; i++) sortKeys[i] = mix(idHash[i]!, round) * 2097152 + rank[i]!;
    sortKeys.sort();
    yield Array.from(sortKeys, (k) => byId[k % 2097152]!);
  }
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
 * The pool's keys compiled once into dense ids: per example, per option, the ids of the keys that
 * fire (candidateKeys, the same keys the reader sums), so training sums a typed array instead of
 * hashing and probing a Map for every feature of every option of every visit.
 */
export interface Compiled {
  /** keyOfId[id] = the model key. */
  keyOfId: number[];
  /** Per example: start of its options in `optionStarts`, or -1 when it teaches nothing. */
  first: Int32Array;
  /** Per example: its gold option's index among its options. */
  gold: Int32Array;
  /** Option o's ids are ids[optionStarts[o] .. optionStarts[o + 1]); an example's options follow each other. */
  optionStarts: Int32Array;
  optionCount: Int32Array;
  ids: Int32Array;
}

export function compile(pool: Example[], candidates: Candidates): Compiled {
  const idOf = new Map<number, number>();
  const keyOfId: number[] = [];
  const first = new Int32Array(pool.length).fill(-1);
  const gold = new Int32Array(pool.length);
  const optionCount = new Int32Array(pool.length);
  const starts: number[] = [];
  const ids: number[] = [];
  pool.forEach((e, i) => {
    const options = optionsFor(candidates, e);
    if (!options) return;
    const g = options.indexOf(e.gold);
    if (g < 0) return;
    first[i] = starts.length;
    gold[i] = g;
    optionCount[i] = options.length;
    options.forEach((reading, j) => {
      starts.push(ids.length);
      for (const k of candidateKeys(e.occurrence, j, reading)) {
        let id = idOf.get(k);
        if (id === undefined) {
          id = keyOfId.length;
          idOf.set(k, id);
          keyOfId.push(k);
        }
        ids.push(id);
      }
    });
  });
  starts.push(ids.length);
  return { keyOfId, first, gold, optionStarts: Int32Array.from(starts), optionCount, ids: Int32Array.from(ids) };
}

/**
 * The averaged perceptron, trained once per order and averaged over `orders` orders (seeds
 * opt.seed, opt.seed + 1000, …): a perceptron's result depends on the order it sees examples in,
 * and the mean over orders is steadier than any one of them.
 */
export function trainPerceptron(examples: Example[], candidates: Candidates, opt: TrainOptions, orders = 1): Map<number, number> {
  const pool = weightedPool(examples, opt);
  const compiled = compile(pool, candidates);
  const mean = new Float64Array(compiled.keyOfId.length);
  for (let s = 0; s < orders; s++) {
    const one = trainOneOrder(pool, compiled, { ...opt, seed: opt.seed + 1000 * s });
    for (let id = 0; id < mean.length; id++) mean[id]! += one[id]! / orders;
  }
  const out = new Map<number, number>();
  for (let id = 0; id < mean.length; id++) if (mean[id] !== 0) out.set(compiled.keyOfId[id]!, mean[id]!);
  return out;
}

function trainOneOrder(pool: Example[], compiled: Compiled, opt: TrainOptions): Float64Array {
  const { first, gold, optionStarts, optionCount, ids } = compiled;
  // Weights with the averaging trick: a bump by d at step c also records c·d in u, so the average
  // of every intermediate weight vector comes out at the end (w − u/c) without keeping copies.
  const w = new Float64Array(compiled.keyOfId.length);
  const u = new Float64Array(compiled.keyOfId.length);
  let c = 1;
  const bump = (option: number, d: number): void => {
    for (let k = optionStarts[option]!; k < optionStarts[option + 1]!; k++) {
      w[ids[k]!]! += d;
      u[ids[k]!]! += c * d;
    }
  };
  for (const order of visitOrders(pool, opt)) {
    for (let v = 0; v < order.length; v++) {
      const i = order[v]!;
      const o0 = first[i]!;
      if (o0 < 0) continue;
      // The best option, ties to the earlier one, as bestCandidate decides.
      let got = 0;
      let bestScore = -Infinity;
      for (let j = 0; j < optionCount[i]!; j++) {
        let score = 0;
        for (let k = optionStarts[o0 + j]!; k < optionStarts[o0 + j + 1]!; k++) score += w[ids[k]!]!;
        if (score > bestScore) {
          bestScore = score;
          got = j;
        }
      }
      if (got !== gold[i]) {
        bump(o0 + gold[i]!, 1);
        bump(o0 + got, -1);
      }
      c++;
    }
  }
  for (let id = 0; id < w.length; id++) w[id] = w[id]! - u[id]! / c;
  return w;
}
