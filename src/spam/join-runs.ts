/**
 * Pieces a farm glued together (足迹重回|作答载) are one candidate, and each piece is one too; the
 * decision takes the most probable first, so a run can come out as two touching spans of the same
 * tier. Where a candidate of the run covers exactly the two, the reader is shown the run as the one
 * paste it is: one span, at the lower confidence of the two.
 */
import type { SpamSpan } from './types';

/** What of a scored candidate this reads (./decide.ts ScoredCandidate). */
interface Placed {
  kind: string;
  places: readonly (readonly [number, number, number])[];
}

export function joinGluedRuns(spans: readonly SpamSpan[][], scored: readonly Placed[]): SpamSpan[][] {
  const runs = new Set(scored.filter((c) => c.kind === 'piece' && c.places.length === 1).map((c) => (c.places[0] ?? []).join(':')));
  return spans.map((list, p) => {
    const out: SpamSpan[] = [];
    for (const span of list) {
      const last = out[out.length - 1];
      if (last && last.end === span.start && last.family === 'title' && span.family === 'title' && last.tier === span.tier && last.reason === span.reason && runs.has(`${p}:${last.start}:${span.end}`)) {
        out[out.length - 1] = { ...last, end: span.end, confidence: Math.min(last.confidence, span.confidence) };
      } else out.push(span);
    }
    return out;
  });
}
