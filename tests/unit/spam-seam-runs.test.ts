/**
 * Runs found by their seams (src/spam/seam-runs.ts, seam-run-features.ts): where runs are proposed
 * (between two breaks of the model's reading, or from the writer's punctuation), what they carry
 * with them, and the register shares. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { PageParagraph } from '../../src/spam/page';
import { runRegister } from '../../scripts/spam/seam-runs/seam-run-features';
import { seamRuns, type SeamReader } from '../../scripts/spam/seam-runs/seam-runs';
import { pickRuns, type ScoredRun } from '../../scripts/spam/seam-runs/find-seam-runs';

/** A paragraph cut into the given words, nothing masked. */
function paragraphOf(words: string[]): PageParagraph {
  const text = words.join('');
  const boundaries = new Set<number>([0]);
  let at = 0;
  for (const w of words) boundaries.add((at += w.length));
  return { text, map: Array.from({ length: text.length + 1 }, (_, i) => i), words, boundaries, isHeadline: false };
}

/** A reader that breaks only where the right side starts with one of `breaksBefore` or the left ends with one of `breaksAfter`. */
const stubReader = (breaksBefore: string[], breaksAfter: string[]): SeamReader => ({
  fit: (left, right) => (breaksBefore.some((b) => right.startsWith(b)) || breaksAfter.some((b) => left.endsWith(b)) ? -5 : 5),
});

describe('seam runs', () => {
  const words = ['老张', '每天', '早上', '骑车', '去', '菜市场', '剩余', '车位', '12', '个', '买菜', '，', '风雨', '无阻', '。'];

  it('proposes the run between two breaks inside a clause', () => {
    const p = paragraphOf(words);
    const runs = seamRuns(p, 0, stubReader(['剩余', '买菜'], []));
    const texts = runs.map((r) => p.text.slice(r.start, r.end));
    expect(texts).toContain('剩余车位12个');
    const run = runs.find((r) => p.text.slice(r.start, r.end) === '剩余车位12个');
    expect(run?.leftPunct).toBe(false);
    expect(run?.rightPunct).toBe(false);
  });

  it('proposes nothing inside a clause that reads on everywhere', () => {
    const p = paragraphOf(words);
    const inside = seamRuns(p, 0, stubReader([], [])).filter((r) => !r.leftPunct || !r.rightPunct);
    expect(inside).toEqual([]);
  });

  it('lets a run after the writer’s comma take its closing comma with it', () => {
    const p = paragraphOf(['天气', '转凉', '，', '停车', '场', '满', '，', '游客', '少', '了', '。']);
    const texts = seamRuns(p, 0, stubReader([], [])).map((r) => p.text.slice(r.start, r.end));
    expect(texts).toContain('停车场满，');
    expect(texts).not.toContain('停车场满');
  });
});

describe('run register', () => {
  it('counts figures, Latin and screen symbols, not the writer’s punctuation', () => {
    const [figures, latin, symbols] = runRegister('剩余车位：12 | P2');
    expect(figures).toBeCloseTo(3 / 12);
    expect(latin).toBeCloseTo(1 / 12);
    expect(symbols).toBeCloseTo(2 / 12);
    expect(runRegister('他说，天气转凉了。')).toEqual([0, 0, 0]);
  });
});

describe('picking runs', () => {
  const run = (start: number, end: number, score: number): ScoredRun => ({ paragraph: 0, start, end, leftFit: 0, rightFit: 0, bridgeFit: 0, leftPunct: false, rightPunct: false, features: [], score });
  it('takes the best-scoring run first and drops those overlapping it', () => {
    const picked = pickRuns([run(0, 10, 0.6), run(5, 12, 0.9), run(20, 25, 0.7), run(30, 35, 0.2)], 0.5);
    expect(picked.map((r) => [r.start, r.end])).toEqual([[5, 12], [20, 25]]);
  });
});
