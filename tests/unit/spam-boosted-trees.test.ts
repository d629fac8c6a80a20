/**
 * Boosted trees (src/spam/boosted-trees.ts): a row's log-odds, and the bound on it while some of its
 * features are still unread — which must never fall below the score the row gets once they are read.
 * The trees are written here: depth 2, heap order, a value above the threshold goes right.
 */
import { describe, expect, it } from 'vitest';
import { scoreBound, scoreTrees, type Trees } from '../../src/spam/boosted-trees';

const MODEL: Trees = {
  depth: 2,
  base: -1,
  trees: [
    // feature 0 at 0.5, then feature 1 at 0.2 (left) or feature 2 at 0.7 (right)
    { f: [0, 1, 2], t: [0.5, 0.2, 0.7], v: [-0.5, 0.4, 0.1, 2] },
    // feature 1 at 0.6; a node without a threshold sends everything left
    { f: [1, 0, 2], t: [0.6, null, 0.3], v: [0.3, 9, -0.2, 0.8] },
  ],
};

describe('boosted trees', () => {
  it('score a row by walking each tree to one leaf', () => {
    // tree 1: 0.9 > 0.5 → right; 0.8 > 0.7 → leaf 3 (2). tree 2: 0.1 ≤ 0.6 → left; no threshold → leaf 0 (0.3).
    expect(scoreTrees(MODEL, [0.9, 0.1, 0.8])).toBeCloseTo(-1 + 2 + 0.3);
    // tree 1: left (0.1 ≤ 0.5), 0.9 > 0.2 → leaf 1 (0.4). tree 2: 0.9 > 0.6 → right; 0.1 ≤ 0.3 → leaf 2 (−0.2).
    expect(scoreTrees(MODEL, [0.1, 0.9, 0.1])).toBeCloseTo(-1 + 0.4 - 0.2);
  });

  it('bound a row exactly when every feature is read', () => {
    for (const row of [[0.9, 0.1, 0.8], [0.1, 0.9, 0.1], [0.5, 0.6, 0.7]]) expect(scoreBound(MODEL, row, new Set())).toBeCloseTo(scoreTrees(MODEL, row));
  });

  it('bound a row by the best leaf its unread features could still reach', () => {
    // Feature 2 unread: tree 1 left (0.1 ≤ 0.5), 0.1 ≤ 0.2 → −0.5 whatever it is; tree 2 right (0.9 > 0.6) → best of −0.2 and 0.8.
    expect(scoreBound(MODEL, [0.1, 0.1, NaN], new Set([2]))).toBeCloseTo(-1 - 0.5 + 0.3);
    expect(scoreBound(MODEL, [0.1, 0.9, NaN], new Set([2]))).toBeCloseTo(-1 + 0.4 + 0.8);
    // The unthresholded node's left leaf (0.3) is reachable, its right leaf (9) never is.
    expect(scoreBound(MODEL, [NaN, NaN, NaN], new Set([0, 1, 2]))).toBeCloseTo(-1 + 2 + 0.8);
  });

  it('never bound a row below the score it gets once its features are read', () => {
    const grid = [0, 0.15, 0.25, 0.5, 0.65, 0.75, 1];
    for (const a of grid) {
      for (const b of grid) {
        for (const c of grid) {
          const score = scoreTrees(MODEL, [a, b, c]);
          expect(scoreBound(MODEL, [a, b, NaN], new Set([2]))).toBeGreaterThanOrEqual(score - 1e-9);
          expect(scoreBound(MODEL, [NaN, b, NaN], new Set([0, 2]))).toBeGreaterThanOrEqual(score - 1e-9);
        }
      }
    }
  });
});
