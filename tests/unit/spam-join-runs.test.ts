/**
 * Two touching pieces of one glued run shown in the same tier are shown as the one paste they are,
 * only where the decision had a candidate for the whole run; anything else stays as it was.
 */
import { describe, expect, it } from 'vitest';
import type { ScoredCandidate } from '../../src/spam/decide';
import { joinGluedRuns } from '../../src/spam/join-runs';
import type { SpamSpan } from '../../src/spam/types';

const REASON = 'A piece of the headline pasted into a sentence.';
const span = (start: number, end: number, confidence: number, tier: SpamSpan['tier'] = 'suspect'): SpamSpan => ({ start, end, family: 'title', confidence, tier, reason: REASON });
const piece = (p: number, start: number, end: number): ScoredCandidate => ({ kind: 'piece', family: 'title', places: [[p, start, end]], features: [], probability: 0.5 });

describe('glued runs', () => {
  it('joins two touching spans of one tier where a candidate covers both, at the lower confidence', () => {
    const out = joinGluedRuns([[span(8, 12, 0.76), span(12, 15, 0.88)]], [piece(0, 8, 15), piece(0, 8, 12), piece(0, 12, 15)]);
    expect(out).toEqual([[span(8, 15, 0.76)]]);
  });

  it('leaves touching spans alone without a run candidate, in other tiers, or apart', () => {
    expect(joinGluedRuns([[span(8, 12, 0.8), span(12, 15, 0.9)]], [piece(0, 8, 12)])[0]).toHaveLength(2);
    expect(joinGluedRuns([[span(8, 12, 0.8), span(12, 15, 0.99, 'hidden')]], [piece(0, 8, 15)])[0]).toHaveLength(2);
    expect(joinGluedRuns([[span(8, 12, 0.8), span(13, 15, 0.9)]], [piece(0, 8, 15)])[0]).toHaveLength(2);
    expect(joinGluedRuns([[], [span(8, 12, 0.8), span(12, 15, 0.9)]], [piece(0, 8, 15)])[1]).toHaveLength(2);
  });
});
