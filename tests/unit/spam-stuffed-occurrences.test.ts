/**
 * The page prior read off the headline pieces' own occurrences (src/spam/features-stuffing.ts
 * stuffedByOccurrences): two occurrences the piece model reads as pasted by themselves make the
 * page stuffed, one does not, and a writer's page that says its headline words again and again
 * (sentences written for this test, real language model) is not read as stuffed; a piece that
 * only this prior lifts to the hidden level is marked.
 */
import { describe, expect, it } from 'vitest';
import { decide, type ScoredCandidate } from '../../src/spam/decide';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { PASTED_OCCURRENCES, READS_PASTED, STUFFED_BY_OCCURRENCES, stuffedByOccurrences } from '../../src/spam/features-stuffing';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

describe('the page prior from occurrences that read as pasted', () => {
  const above = READS_PASTED + 0.02;
  const below = READS_PASTED - 0.05;

  it('reads the page as stuffed when two single pieces read as pasted by themselves', () => {
    expect(PASTED_OCCURRENCES).toBe(2);
    expect(stuffedByOccurrences(0.2, [above, 0.1, above], [true, true, true])).toBe(STUFFED_BY_OCCURRENCES);
  });

  it('keeps the lead model where only one occurrence reads as pasted, or the others are below the level', () => {
    expect(stuffedByOccurrences(0.2, [above, below, below], [true, true, true])).toBe(0.2);
  });

  it('does not count a run of several pieces: it is the same stretch read again', () => {
    expect(stuffedByOccurrences(0.2, [above, above], [true, false])).toBe(0.2);
  });

  it('never lowers the lead model', () => {
    expect(stuffedByOccurrences(0.99, [], [])).toBe(0.99);
  });
});

describe('what the occurrences prior lifts is marked, not hidden', () => {
  const piece = (probability: number, leadOnly?: number): ScoredCandidate => ({
    kind: 'piece',
    family: 'title',
    places: [[0, 4, 7]],
    features: [],
    probability,
    ...(leadOnly === undefined ? {} : { leadOnly }),
  });

  it("hides a piece the lead model's prior carries to the hidden level", () => {
    expect(decide([piece(0.99)], 1)[0]?.[0]?.tier).toBe('hidden');
    expect(decide([piece(0.99, 0.98)], 1)[0]?.[0]?.tier).toBe('hidden');
  });

  it('marks a piece only the occurrences prior carries there', () => {
    expect(decide([piece(0.99, 0.4)], 1)[0]?.[0]?.tier).toBe('suspect');
  });
});

describe("a writer's page that keeps saying its headline words", () => {
  // Written for this test: a local report whose body says the headline's station, plan, residents
  // and smell several times, as a real report does. Nothing pasted.
  const title = '城郊垃圾转运站搬迁方案公布 居民担忧异味问题';
  const paragraphs = [
    '市环卫部门昨天公布了城郊垃圾转运站的搬迁方案，新站址选在距离现有站点约三公里的一片空地上。',
    '按照搬迁方案，新的转运站将采用全封闭设计，车辆进出都要经过冲洗，预计明年春天建成投用。',
    '附近小区的不少居民表示，他们最关心的还是夏天的异味问题，希望转运站能把除臭设备一次配齐。',
    '环卫部门负责人回应居民说，新站会安装两套除臭系统，异味问题会有专人盯着，并在围墙外种植一圈绿化带。',
  ];

  it('is not read as stuffed, and nothing of the headline is hidden', () => {
    const analysis = analyzeSpam(title, paragraphs, spamTools());
    expect(analysis.stuffed).toBeLessThan(0.97);
    const hiddenTitle = spansOf(analysis).flat().filter((s) => s.family === 'title' && s.tier === 'hidden');
    expect(hiddenTitle).toEqual([]);
  });
});
