/**
 * A small gradient-boosted tree ensemble (logistic loss, Newton leaves, depth-limited complete trees)
 * for session 24's furniture decision: a linear model over the run features could not keep clean
 * text below a level that hides anything (a byline's name or a source in brackets reads like a
 * control to it), so the decision reads features together (short AND amid prose AND no link …).
 * Written here for this project; the trees are scored by src/spam/boosted-trees.ts.
 */
import { scoreTrees, type Trees } from '../../src/spam/boosted-trees';

export type { Trees };

export interface Rows {
  /** Dense features, row-major. */
  x: Float32Array;
  dim: number;
  y: Uint8Array;
  weight: Float64Array;
}

export interface TreeOptions {
  rounds: number;
  depth: number;
  rate: number;
  rowSample: number;
  colSample: number;
  lambda: number;
  minHessian: number;
  bins: number;
  seed: number;
}

export const DEFAULT_TREE_OPTIONS: TreeOptions = { rounds: 120, depth: 4, rate: 0.15, rowSample: 0.5, colSample: 0.4, lambda: 5, minHessian: 4, bins: 24, seed: 7 };

function thresholdsOf(rows: Rows, f: number, bins: number): number[] {
  const n = rows.y.length;
  const values: number[] = [];
  const step = Math.max(1, Math.floor(n / 20000));
  for (let r = 0; r < n; r += step) values.push(rows.x[r * rows.dim + f] ?? 0);
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= bins) return distinct.slice(0, -1).map((v, i) => (v + (distinct[i + 1] ?? v)) / 2);
  values.sort((a, b) => a - b);
  const cuts = new Set<number>();
  for (let b = 1; b < bins; b++) cuts.add(values[Math.floor((b * values.length) / bins)] ?? 0);
  return [...cuts].sort((a, b) => a - b);
}

export function fitTrees(rows: Rows, options: TreeOptions = DEFAULT_TREE_OPTIONS, init?: Trees): Trees {
  const { dim } = rows;
  const n = rows.y.length;
  let seed = options.seed;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const cuts = Array.from({ length: dim }, (_, f) => thresholdsOf(rows, f, options.bins));
  // Bin index of each value: the number of cuts it exceeds.
  const binned = new Uint8Array(n * dim);
  for (let r = 0; r < n; r++) {
    for (let f = 0; f < dim; f++) {
      const v = rows.x[r * dim + f] ?? 0;
      const c = cuts[f] ?? [];
      let b = 0;
      while (b < c.length && v > (c[b] ?? 0)) b++;
      binned[r * dim + f] = b;
    }
  }
  let pos = 0;
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += rows.weight[r] ?? 0;
    if (rows.y[r]) pos += rows.weight[r] ?? 0;
  }
  const model: Trees = init ? { ...init, trees: [...init.trees] } : { depth: options.depth, trees: [], base: Math.log(pos / Math.max(1e-9, total - pos)) };
  const z = new Float64Array(n);
  for (let r = 0; r < n; r++) z[r] = init ? scoreTrees(init, rows.x.subarray(r * dim, (r + 1) * dim)) : model.base;
  const internal = 2 ** options.depth - 1;
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  for (let round = 0; round < options.rounds; round++) {
    for (let r = 0; r < n; r++) {
      const p = 1 / (1 + Math.exp(-(z[r] ?? 0)));
      const w = rows.weight[r] ?? 0;
      g[r] = (p - (rows.y[r] ?? 0)) * w;
      h[r] = Math.max(1e-6, p * (1 - p)) * w;
    }
    const features = Array.from({ length: dim }, (_, f) => f).filter(() => random() < options.colSample);
    let nodes: number[][] = [[]];
    for (let r = 0; r < n; r++) if (random() < options.rowSample) nodes[0]?.push(r);
    const f: number[] = new Array<number>(internal).fill(0);
    const t: (number | null)[] = new Array<number | null>(internal).fill(null);
    for (let level = 0; level < options.depth; level++) {
      const next: number[][] = [];
      nodes.forEach((members, k) => {
        const node = 2 ** level - 1 + k;
        let G = 0;
        let H = 0;
        for (const r of members) {
          G += g[r] ?? 0;
          H += h[r] ?? 0;
        }
        let best = { gain: 0, feature: -1, bin: -1 };
        for (const feature of features) {
          const c = cuts[feature] ?? [];
          if (!c.length) continue;
          const hg = new Float64Array(c.length + 1);
          const hh = new Float64Array(c.length + 1);
          for (const r of members) {
            const b = binned[r * dim + feature] ?? 0;
            hg[b] = (hg[b] ?? 0) + (g[r] ?? 0);
            hh[b] = (hh[b] ?? 0) + (h[r] ?? 0);
          }
          let GL = 0;
          let HL = 0;
          for (let b = 0; b < c.length; b++) {
            GL += hg[b] ?? 0;
            HL += hh[b] ?? 0;
            const HR = H - HL;
            if (HL < options.minHessian || HR < options.minHessian) continue;
            const GR = G - GL;
            const gain = (GL * GL) / (HL + options.lambda) + (GR * GR) / (HR + options.lambda) - (G * G) / (H + options.lambda);
            if (gain > best.gain) best = { gain, feature, bin: b };
          }
        }
        const left: number[] = [];
        const right: number[] = [];
        if (best.feature >= 0) {
          f[node] = best.feature;
          t[node] = cuts[best.feature]?.[best.bin] ?? null;
          for (const r of members) ((binned[r * dim + best.feature] ?? 0) > best.bin ? right : left).push(r);
        } else {
          left.push(...members);
        }
        next.push(left, right);
      });
      nodes = next;
    }
    const v = nodes.map((members) => {
      let G = 0;
      let H = 0;
      for (const r of members) {
        G += g[r] ?? 0;
        H += h[r] ?? 0;
      }
      return Math.round((-G / (H + options.lambda)) * options.rate * 1e4) / 1e4;
    });
    const tree = { f, t, v };
    model.trees.push(tree);
    const one: Trees = { depth: options.depth, trees: [tree], base: 0 };
    for (let r = 0; r < n; r++) z[r] = (z[r] ?? 0) + scoreTrees(one, rows.x.subarray(r * dim, (r + 1) * dim));
  }
  return model;
}
