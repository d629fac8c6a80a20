import { describe, expect, it } from 'vitest';
import { stretchesOf } from '../../src/annotate/paragraph-slices';
import type { ParagraphAnalysis } from '../../src/messaging/protocol';
import type { SpamSpan } from '../../src/spam/types';

const token = (start: number, end = start + 1) => ({ start, end, word: 'x'.repeat(end - start), readings: [] });
const span = (start: number, end: number): SpamSpan => ({ start, end, family: 'sentence', confidence: 0.3, tier: 'suspect', reason: 'r' });

describe('stretchesOf', () => {
  it('cuts tokens and hidden spans in text order, a given number at a time', () => {
    const analysis: ParagraphAnalysis = { spam: [span(3, 4)], tokens: [0, 1, 2, 4, 5].map((i) => token(i)) };
    const stretches = stretchesOf(analysis, 2);
    expect(stretches.map((s) => [s.tokens.map((t) => t.start), s.spam.map((p) => p.start)])).toEqual([
      [[0, 1], []],
      [[2], [3]],
      [[4, 5], []],
    ]);
  });

  it('keeps a suspect span in one stretch with every token overlapping it, the one crossing its edge too', () => {
    // Tokens 0..9 of one character, but token 3 spans 3–5; the suspect covers 4–7.
    const tokens = [token(0), token(1), token(2), token(3, 5), token(5), token(6), token(7), token(8), token(9)];
    const stretches = stretchesOf({ spam: [], suspects: [span(4, 7)], tokens }, 3);
    const holding = stretches.find((s) => s.suspects?.length);
    expect(holding?.tokens.map((t) => t.start)).toEqual([3, 5, 6]);
    expect(stretches.flatMap((s) => s.tokens.map((t) => t.start))).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9]);
    expect(stretches.filter((s) => s.suspects?.length)).toHaveLength(1);
  });
});
