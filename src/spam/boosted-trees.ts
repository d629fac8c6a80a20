/**
 * Scoring with a small ensemble of boosted trees (fitted by scripts/spam/furniture-trees.ts): each
 * tree is complete to `depth`, its internal nodes in heap order, each sending a value above its
 * threshold right; a node without a threshold sends everything left.
 */
export interface Trees {
  depth: number;
  /** Per tree: split feature and threshold of each internal node, and the leaves' values. */
  trees: { f: number[]; t: (number | null)[]; v: number[] }[];
  base: number;
}

/** The ensemble's log-odds for one row of features. */
export function scoreTrees(model: Trees, x: ArrayLike<number>): number {
  let z = model.base;
  const internal = 2 ** model.depth - 1;
  for (const tree of model.trees) {
    let node = 0;
    while (node < internal) {
      const t = tree.t[node];
      node = 2 * node + 1 + (t !== null && t !== undefined && (x[tree.f[node] ?? 0] ?? 0) > t ? 1 : 0);
    }
    z += tree.v[node - internal] ?? 0;
  }
  return z;
}

/**
 * The highest log-odds the ensemble can give a row whose `unknown` features are not read yet: at a
 * split on one of them both branches stay open. A row whose bound is below a level can be dropped
 * before those features are paid for, with the same outcome as scoring it in full.
 */
export function scoreBound(model: Trees, x: ArrayLike<number>, unknown: ReadonlySet<number>): number {
  let z = model.base;
  const internal = 2 ** model.depth - 1;
  const open: number[] = [];
  for (const tree of model.trees) {
    // Walk every branch the known features allow; the best leaf reached is the tree's bound.
    let best = -Infinity;
    open.push(0);
    while (open.length) {
      const node = open.pop() as number;
      if (node >= internal) {
        best = Math.max(best, tree.v[node - internal] ?? 0);
        continue;
      }
      const t = tree.t[node];
      const f = tree.f[node] ?? 0;
      if (t === null || t === undefined) open.push(2 * node + 1);
      else if (unknown.has(f)) open.push(2 * node + 1, 2 * node + 2);
      else open.push(2 * node + 1 + ((x[f] ?? 0) > t ? 1 : 0));
    }
    z += best;
  }
  return z;
}
