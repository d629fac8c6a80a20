import type { SpamSpan } from './types';

/**
 * Sorted, non-overlapping spans. Where two overlap, the more confident one keeps the shared text
 * and the other is trimmed to what is left of it on its own.
 */
export function mergeSpans(spans: readonly SpamSpan[]): SpamSpan[] {
  const byConfidence = [...spans].sort((a, b) => b.confidence - a.confidence || a.start - b.start);
  const kept: SpamSpan[] = [];
  for (const span of byConfidence) {
    let pieces: SpamSpan[] = [{ ...span }];
    for (const other of kept) {
      pieces = pieces.flatMap((piece) => {
        if (piece.end <= other.start || other.end <= piece.start) return [piece];
        const out: SpamSpan[] = [];
        if (piece.start < other.start) out.push({ ...piece, end: other.start });
        if (other.end < piece.end) out.push({ ...piece, start: other.end });
        return out;
      });
    }
    kept.push(...pieces.filter((p) => p.end > p.start));
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) touches any span. */
export function overlapsAny(spans: readonly SpamSpan[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}
