/**
 * Farms that stuff a lead with headline pieces often paste them in a fixed cycle (the seed page's
 * farm: 跟随 → 足迹重回作答载 → 下访 → 地份 → 考卷 → 临安 → 跟随 …). Read the lead's piece
 * occurrences in order: where a farm cycles, the same piece keeps following the same piece, and
 * an occurrence that sits where the cycle expects the next paste is most likely that paste, even
 * when the writer uses the same word elsewhere. A writer's headline words follow one another in
 * no fixed way (a phrase said twice repeats one pair, not a whole cycle).
 */
export interface Occurrence {
  paragraph: number;
  start: number;
  end: number;
  /** The first and last piece's texts (the same for a single piece). */
  first: string;
  last: string;
}

export interface CycleEvidence {
  /** Share of the lead's transitions between pieces that the lead makes again elsewhere. */
  pageCycle: number;
  /** Per candidate: the piece before it has been followed by its first piece elsewhere too. */
  follows: boolean[];
  /** Per candidate: its last piece has been followed by the piece after it elsewhere too. */
  leads: boolean[];
}

/** Transitions fewer than this say nothing about a cycle. */
const MIN_TRANSITIONS = 4;

const before = (a: Occurrence, b: Occurrence): boolean => a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.end <= b.start);

/**
 * `sequence`: the lead's single-piece occurrences; `candidates`: every candidate, single or
 * joined, to judge against that sequence.
 */
export function cycleEvidence(sequence: readonly Occurrence[], candidates: readonly Occurrence[]): CycleEvidence {
  const ordered = [...sequence].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const pairs = new Map<string, number>();
  const key = (a: string, b: string): string => `${a}\u0000${b}`;
  for (let i = 1; i < ordered.length; i++) {
    const k = key(ordered[i - 1]?.last ?? '', ordered[i]?.first ?? '');
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  const transitions = Math.max(0, ordered.length - 1);
  let repeated = 0;
  for (const n of pairs.values()) if (n >= 2) repeated += n;
  const pageCycle = transitions >= MIN_TRANSITIONS ? repeated / transitions : 0;
  const follows: boolean[] = [];
  const leads: boolean[] = [];
  for (const c of candidates) {
    const previous = [...ordered].reverse().find((o) => before(o, c));
    const next = ordered.find((o) => before(c, o));
    // Seen at least once more than this very pair could account for.
    follows.push(Boolean(previous && (pairs.get(key(previous.last, c.first)) ?? 0) >= 2));
    leads.push(Boolean(next && (pairs.get(key(c.last, next.first)) ?? 0) >= 2));
  }
  return { pageCycle, follows, leads };
}
