/**
 * A doubled headline word (下访下访): neither copy is more likely the farm's than the other; the
 * second is read as the repeat and takes the pair's lower probability, the first none; anything
 * else is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { doubledAtLower } from '../../src/spam/doubled-pieces';

const candidate = (paragraph: number, start: number, end: number, probability: number) => ({ places: [[paragraph, start, end] as const], probability });

describe('doubled pieces', () => {
  it('gives the second of two touching copies of the same text the lower of their probabilities, the first 0', () => {
    const out = doubledAtLower([candidate(1, 10, 12, 0.74), candidate(1, 12, 14, 0.51)], ['下访', '下访']);
    expect(out.map((c) => c.probability)).toEqual([0, 0.51]);
    const reversed = doubledAtLower([candidate(1, 10, 12, 0.51), candidate(1, 12, 14, 0.74)], ['下访', '下访']);
    expect(reversed.map((c) => c.probability)).toEqual([0, 0.51]);
  });

  it('leaves touching pieces of different texts, copies apart, and other paragraphs alone', () => {
    const list = [candidate(0, 0, 2, 0.9), candidate(0, 2, 4, 0.3), candidate(0, 6, 8, 0.2), candidate(1, 4, 6, 0.8)];
    const out = doubledAtLower(list, ['临安', '跟随', '临安', '临安']);
    expect(out.map((c) => c.probability)).toEqual([0.9, 0.3, 0.2, 0.8]);
  });

  it('does not change the candidates it was given', () => {
    const list = [candidate(0, 0, 2, 0.9), candidate(0, 2, 4, 0.4)];
    doubledAtLower(list, ['考卷', '考卷']);
    expect(list.map((c) => c.probability)).toEqual([0.9, 0.4]);
  });
});
