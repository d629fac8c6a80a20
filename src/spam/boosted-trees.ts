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
