/**
 * Where a kind's tiers lie, from out-of-fold probabilities of the development candidates
 * (./train-decision.ts): the lowest of a few fixed levels at which the candidates above are pasted
 * often enough, measured with a margin.
 */
export const LEVELS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998];
/** Fewer pasted candidates than this above a level, and the level is not measured at all. */
export const MIN_ABOVE = 5;

export interface Scored {
  p: number;
  label: number;
}

/** Wilson's lower bound on a share `right / n` at z standard errors (the share itself at z = 0). */
export function lowerBound(right: number, n: number, z: number): number {
  if (n === 0) return 0;
  const share = right / n;
  const z2 = z * z;
  return (share + z2 / (2 * n) - z * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/** Pasted and all candidates at or above each level. */
export function countsAbove(scored: readonly Scored[]): { level: number; right: number; above: number }[] {
  return LEVELS.map((level) => {
    let above = 0;
    let right = 0;
    for (const s of scored) {
      if (s.p < level) continue;
      above++;
      if (s.label === 1) right++;
    }
    return { level, right, above };
  });
}

/**
 * The lowest level at which the out-of-fold candidates above are pasted often enough: `wanted` of
 * them by the lower bound at `z`, and at every higher level still measured by the count itself, so
 * a lucky level under an unlucky one is not taken.
 */
export function levelFor(scored: readonly Scored[], wanted: number, z: number): number {
  const counts = countsAbove(scored);
  const holds = counts.map(({ right, above }) => right < MIN_ABOVE || right >= above * wanted);
  for (let i = 0; i < counts.length; i++) {
    const { right = 0, above = 0, level = 1.01 } = counts[i] ?? {};
    if (right >= MIN_ABOVE && lowerBound(right, above, z) >= wanted && holds.slice(i + 1).every(Boolean)) return level;
  }
  return 1.01;
}
