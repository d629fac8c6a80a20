import { describe, expect, it } from 'vitest';
import { levelFor, lowerBound, type Scored } from '../../scripts/spam/tier-levels';

/** `right` pasted and `wrong` real candidates, all scored `p`. */
const at = (p: number, right: number, wrong: number): Scored[] => [
  ...Array.from({ length: right }, () => ({ p, label: 1 })),
  ...Array.from({ length: wrong }, () => ({ p, label: 0 })),
];

describe('lowerBound', () => {
  it('is the share itself without a margin, and lower the fewer the candidates', () => {
    expect(lowerBound(8, 10, 0)).toBeCloseTo(0.8);
    expect(lowerBound(8, 10, 0.5)).toBeLessThan(0.8);
    expect(lowerBound(80, 100, 0.5)).toBeGreaterThan(lowerBound(8, 10, 0.5));
    expect(lowerBound(0, 0, 1)).toBe(0);
  });
});

describe('levelFor', () => {
  it('takes the lowest level whose candidates above are pasted often enough', () => {
    const scored = [...at(0.55, 10, 40), ...at(0.72, 90, 10)];
    expect(levelFor(scored, 0.8, 0)).toBe(0.6);
  });

  it('does not take a level where the share only just reaches the target on a handful of candidates', () => {
    // 0.5: 8 of 10 pasted, exactly 80%: taken at the bare share, not with the margin.
    const scored = [...at(0.5, 3, 2), ...at(0.62, 5, 0)];
    expect(levelFor(scored, 0.8, 0)).toBe(0.5);
    expect(levelFor(scored, 0.8, 0.5)).toBe(0.6);
  });

  it('does not take a lucky level under an unlucky one', () => {
    // Above 0.5 the share is 90%, but the candidates above 0.9 are mostly real: no level holds
    // below them, so the first level above them with enough pasted ones is taken.
    const scored = [...at(0.55, 170, 0), ...at(0.91, 6, 14), ...at(0.96, 20, 0)];
    expect(levelFor(scored, 0.8, 0)).toBe(0.93);
  });

  it('never picks a level with fewer than five pasted candidates above', () => {
    expect(levelFor(at(0.99, 4, 0), 0.8, 0)).toBe(1.01);
  });
});
