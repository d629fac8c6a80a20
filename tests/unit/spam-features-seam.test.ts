/**
 * The wider seam evidence of a headline piece (src/spam/features-seam.ts), on sentences written
 * for this test with jieba's Node build and the real language model: a piece dropped into a
 * phrase reads worse over its clause than the writer's own use of the same word, a phrase the
 * page says elsewhere across the gap counts, and other pieces close by are counted.
 */
import { describe, expect, it } from 'vitest';
import { headlinePieceCandidates, type PieceCandidate } from '../../src/spam/candidates-headline';
import { SEAM_FEATURES, seamFeatures } from '../../src/spam/features-seam';
import { readPage, type SpamPage } from '../../src/spam/page';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const page = (title: string, paragraphs: string[]): SpamPage => readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
const column = (name: (typeof SEAM_FEATURES)[number]): number => SEAM_FEATURES.indexOf(name);

/** The seam features of the candidate reading `text` in paragraph `paragraph` (the first such). */
function featuresOf(p: SpamPage, text: string, paragraph = 0): number[] {
  const candidates = headlinePieceCandidates(p);
  const index = candidates.findIndex((c: PieceCandidate) => c.paragraph === paragraph && p.paragraphs[c.paragraph]?.text.slice(c.start, c.end) === text);
  expect(index).toBeGreaterThanOrEqual(0);
  return seamFeatures(p, candidates)[index] ?? [];
}

describe('seam features of a headline piece', () => {
  const title = '市图书馆周末延长开放时间';

  it('has one value per named feature, each within ±1', () => {
    const p = page(title, ['市图书馆决定从下个月起在周末延长开放时间，方便上班族借书。']);
    const row = featuresOf(p, '市图书馆');
    expect(row).toHaveLength(SEAM_FEATURES.length);
    for (const x of row) expect(Math.abs(x)).toBeLessThanOrEqual(1);
  });

  it('reads a piece dropped between two words that belong together as less fluent over its clause than the writer’s own use of it', () => {
    const written = page(title, ['从下个月起每逢周末图书馆都会多开两个小时。']);
    const pasted = page(title, ['这项措施受到了广大图书馆读者的欢迎。']);
    const gainWritten = featuresOf(written, '周末')[column('clauseGain')] ?? 0;
    const gainPasted = featuresOf(pasted, '图书馆')[column('clauseGain')] ?? 0;
    expect(gainPasted).toBeGreaterThan(gainWritten);
  });

  it('counts a phrase the page says elsewhere across the gap a piece leaves (延长|周末|开放 on a page that says 延长开放)', () => {
    const p = page(title, ['图书馆今年将延长周末开放的时段。', '馆长说，延长开放是读者最大的心愿。']);
    expect(featuresOf(p, '周末')[column('bridgeAttested')]).toBe(1);
    const alone = page(title, ['图书馆今年将延长周末开放的时段。']);
    expect(featuresOf(alone, '周末')[column('bridgeAttested')]).toBe(0);
  });

  it('counts the other pieces within a few words of it', () => {
    const crowded = page(title, ['今年周末的读者比去年多，延长的时间里图书馆很热闹。']);
    const lonely = page(title, ['今年周末的读者比去年多了三成，馆里的志愿者也越来越多，大家都很高兴，也有不少家长带着孩子来。']);
    expect(featuresOf(crowded, '周末')[column('neighbours')]).toBeGreaterThan(0);
    expect(featuresOf(lonely, '周末')[column('neighbours')]).toBe(0);
  });
});
