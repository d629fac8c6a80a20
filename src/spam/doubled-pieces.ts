/**
 * A headline word said twice in a row (全链条的下访下访、接待): the doubling shows that one copy is
 * the farm's, but nothing in the text tells which — each copy's evidence is the other's. The second
 * is read as the repeat: it takes the lower probability of the two, and the first none (marking both
 * would mark the writer's word on every page where a farm doubles one; on the seed page it did).
 */
export interface PlacedProbability {
  places: readonly (readonly [number, number, number])[];
  probability: number;
}

/** The same candidates, in the same order; of a doubled pair, the second at the pair's lower probability, the first at 0. */
/** `texts`: each candidate's text, in the same order. */
export function doubledAtLower<T extends PlacedProbability>(candidates: readonly T[], texts: readonly string[]): T[] {
  const out = candidates.map((c) => ({ ...c }));
  const at = new Map<string, number>();
  out.forEach((c, i) => {
    const [p, start] = c.places[0] ?? [0, 0];
    if (c.places.length === 1) at.set(`${p}:${start}`, i);
  });
  out.forEach((earlier, i) => {
    const [p, start, end] = earlier.places[0] ?? [0, 0, 0];
    if (earlier.places.length !== 1) return;
    const index = at.get(`${p}:${end}`);
    const later = index === undefined ? undefined : out[index];
    if (!later || index === i) return;
    const [, laterStart, laterEnd] = later.places[0] ?? [0, 0, 0];
    if (laterEnd - laterStart !== end - start || texts[index ?? i] !== texts[i]) return;
    later.probability = Math.min(earlier.probability, later.probability);
    earlier.probability = 0;
  });
  return out;
}
