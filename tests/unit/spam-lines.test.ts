/**
 * The whole-sentence candidates (src/spam/candidates-whole-sentences.ts) and the features a
 * sentence of another article is read by (src/spam/features-lines.ts), on paragraphs written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { wholeSentenceCandidates } from '../../src/spam/candidates-whole-sentences';
import { lineFeatures, LINE_FEATURES } from '../../src/spam/features-lines';
import { readPage, type SpamPage } from '../../src/spam/page';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const page = (title: string, paragraphs: string[]): SpamPage => readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
const PASTED = '青海湖的斑头雁今年比去年早到了十二天。';
const paragraphs = [
  `市水务局昨天发布消息，今年汛期前将完成全市排水管网的清淤工作。${PASTED}清淤工作涉及排水管网一千二百公里。`,
  '水务局负责人介绍，清淤工作分三批完成，第一批2013年4月开工。',
];

describe('whole-sentence candidates', () => {
  it('offers a sentence after a full stop and a tail after a comma, never the paragraph’s first sentence', () => {
    const p = page('全市排水管网汛期前完成清淤', paragraphs);
    const lines = wholeSentenceCandidates(p).map((c) => p.paragraphs[c.paragraph]?.text.slice(c.start, c.end));
    expect(lines).toContain(PASTED);
    expect(lines).toContain('清淤工作分三批完成，第一批2013年4月开工。');
    expect(lines).not.toContain('市水务局昨天发布消息，今年汛期前将完成全市排水管网的清淤工作。');
    expect(lines.every((l) => l !== undefined && /[。！？]$/u.test(l))).toBe(true);
  });

  it('reads a pasted sentence as following a full stop, and figures the rest of the page never prints', () => {
    const p = page('全市排水管网汛期前完成清淤', paragraphs);
    const candidates = wholeSentenceCandidates(p);
    const rows = lineFeatures(p, candidates);
    const at = (text: string): number[] => rows[candidates.findIndex((c) => p.paragraphs[c.paragraph]?.text.slice(c.start, c.end) === text)] ?? [];
    const afterStop = LINE_FEATURES.indexOf('afterStop');
    const newFigures = LINE_FEATURES.indexOf('newFigures');
    expect(at(PASTED)[afterStop]).toBe(1);
    expect(at('第一批2013年4月开工。')[afterStop]).toBe(0);
    expect(at('第一批2013年4月开工。')[newFigures]).toBeCloseTo(2 / 3);
    expect(at(PASTED)[newFigures]).toBe(0);
  });
});
