/**
 * The page evidence term (src/spam/page-evidence.ts): what the pipeline hid on a page, by family —
 * hidden spans only, doubled marks not counted, a span two stages found counted once, and the
 * candidate's own families left out on request.
 */
import { describe, expect, it } from 'vitest';
import { evidenceBesides, pageEvidence } from '../../src/spam/page-evidence';
import type { SpamSpan } from '../../src/spam/types';

const find = (family: SpamSpan['family'], start: number, end = start + 2, tier: SpamSpan['tier'] = 'hidden'): SpamSpan => ({ start, end, family, confidence: 1, tier, reason: 'test' });

describe('page evidence', () => {
  it('counts the hidden spans of every group, by family', () => {
    const mechanical = [[find('symbol', 0), find('domain', 10)], [find('pinyin', 3)]];
    const items = [[], [find('sentence', 20, 40)]];
    expect(pageEvidence([mechanical, items])).toEqual({ byFamily: { symbol: 1, domain: 1, pinyin: 1, sentence: 1 }, spans: 4 });
  });

  it('leaves out marks and doubled punctuation: a clean page with a writer’s slip shows no hand', () => {
    const mechanical = [[find('punctuation', 5, 6), find('punctuation', 30, 31)], [find('domain', 0, 12, 'suspect')]];
    const language = [[find('sentence', 40, 60, 'suspect')], []];
    expect(pageEvidence([mechanical, language])).toEqual({ byFamily: {}, spans: 0 });
  });

  it('counts a span found by two stages once, under the first group’s family', () => {
    const mechanical = [[find('seo', 4, 12)]];
    const items = [[find('sentence', 4, 20), find('sentence', 30, 40)]];
    expect(pageEvidence([mechanical, items])).toEqual({ byFamily: { seo: 1, sentence: 1 }, spans: 2 });
  });

  it('reads no groups and empty paragraphs as no evidence', () => {
    expect(pageEvidence([])).toEqual({ byFamily: {}, spans: 0 });
    expect(pageEvidence([[[], []], [[]]])).toEqual({ byFamily: {}, spans: 0 });
  });

  it('counts besides the candidate’s own families', () => {
    const evidence = pageEvidence([[[find('title', 0), find('title', 5), find('seo', 10)], [find('jammer', 0)]]]);
    expect(evidenceBesides(evidence, ['title'])).toBe(2);
    expect(evidenceBesides(evidence, [])).toBe(4);
    expect(evidenceBesides(evidence, ['title', 'seo', 'jammer'])).toBe(0);
  });
});
