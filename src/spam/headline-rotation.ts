/**
 * Some farms paste their headline pieces in a fixed rotation, in headline order: 跟随 → 足迹重回 →
 * 下访 → 地份 → 考卷 → 临安 → 跟随 … (the seed page's farm does). Once the pieces already proven
 * pasted show that rotation, the gap between two consecutive ones says which piece the farm pasted
 * there: one from between them in headline order. When exactly one such piece stands in the gap as
 * a word of its own, it is the pasted one, even though the writer uses the same word elsewhere.
 *
 * Pure; the title finder gives it spans in document order, each with its place in the headline.
 */

export interface PlacedPiece {
  /** Document order: paragraph, then offset. */
  paragraph: number;
  start: number;
  end: number;
  /** Where the piece starts among the headline's Han characters. */
  headlineAt: number;
}

/** The fewest proven pastes that can show a rotation: random order rarely looks sorted this long. */
const MIN_PROVEN = 6;

/**
 * Whether the proven pastes run through the headline in order, wrapping round: at least one wrap,
 * and at most one step in four going back (a random order goes back about every other step).
 */
export function followsHeadlineRotation(proven: readonly PlacedPiece[]): boolean {
  if (proven.length < MIN_PROVEN) return false;
  let backSteps = 0;
  for (let i = 1; i < proven.length; i++) if (proven[i]!.headlineAt <= proven[i - 1]!.headlineAt) backSteps++;
  return backSteps >= 1 && backSteps * 4 <= proven.length;
}

const isBefore = (a: PlacedPiece, b: PlacedPiece): boolean =>
  a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.end <= b.start);

/** Whether headline position `at` lies strictly between `from` and `to`, going round the headline. */
function betweenInRotation(at: number, from: number, to: number): boolean {
  return from < to ? at > from && at < to : at > from || at < to;
}

/**
 * The candidates the rotation points at: for each gap between consecutive proven pastes, the one
 * candidate whose headline place falls between theirs, if there is exactly one.
 */
export function piecesPastedInRotation<T extends PlacedPiece>(proven: readonly PlacedPiece[], candidates: readonly T[]): T[] {
  if (!followsHeadlineRotation(proven)) return [];
  const found: T[] = [];
  for (let i = 1; i < proven.length; i++) {
    const from = proven[i - 1]!;
    const to = proven[i]!;
    const inGap = candidates.filter(
      (c) => isBefore(from, c) && isBefore(c, to) && betweenInRotation(c.headlineAt, from.headlineAt, to.headlineAt),
    );
    if (inGap.length === 1) found.push(inGap[0]!);
  }
  // After the last proven paste the farm pasted once more if its paragraph goes on: the piece that
  // has always followed the last one in the rotation (seen at least twice), when the next word of
  // its own in that paragraph is that piece.
  const sequence = [...proven, ...found].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const last = sequence[sequence.length - 1]!;
  const successors = sequence.filter((_, i) => i > 0 && sequence[i - 1]!.headlineAt === last.headlineAt).map((p) => p.headlineAt);
  const next = candidates.find((c) => c.paragraph === last.paragraph && isBefore(last, c));
  if (next && successors.length >= 2 && successors.every((at) => at === next.headlineAt)) found.push(next);
  return found;
}
