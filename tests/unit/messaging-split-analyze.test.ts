import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AnalyzeRequestSchema } from '../../src/messaging/analyze';
import type { AnalyzeRequest, AnalyzeResponse } from '../../src/messaging/protocol';
import { analyzeInParts, splitIntoParts } from '../../src/messaging/split-analyze';

type Fields = Omit<AnalyzeRequest, 'type'>;

/** A fake background: one token per character, a hidden span on every 'x', a suspect one on every 'y'; records what it was sent. */
function fakeBackground(maxChars: number) {
  const sent: Fields[] = [];
  const analyze = async (request: Fields): Promise<AnalyzeResponse> => {
    sent.push(request);
    const chars = request.paragraphs.reduce((sum, p) => sum + p.length, 0);
    if (chars > maxChars) throw new Error('too-large');
    const wanted = request.tokensFor ? new Set(request.tokensFor) : null;
    return {
      paragraphs: request.paragraphs.map((text, i) => {
        const spans = (mark: string) =>
          [...text].flatMap((c, at) => (c === mark ? [{ start: at, end: at + 1, family: 'symbol' as const, confidence: 1, tier: mark === 'x' ? ('hidden' as const) : ('suspect' as const), reason: mark }] : []));
        const suspects = spans('y');
        return {
          spam: spans('x'),
          ...(suspects.length ? { suspects } : {}),
          tokens: wanted && !wanted.has(i) ? [] : [...text].flatMap((c, at) => (c === 'x' ? [] : [{ start: at, end: at + 1, word: c, readings: ['zi4'] }])),
        };
      }),
    };
  };
  return { sent, analyze };
}

describe('analyzeInParts', () => {
  it('sends a request within the limits as it is', async () => {
    const background = fakeBackground(100);
    const request = { title: 't', paragraphs: ['中文', '新闻'], findSpam: true };
    await analyzeInParts(request, background.analyze, 100, 10);
    expect(background.sent).toEqual([request]);
  });

  it('splits an article over the limits and answers in the article’s own offsets', async () => {
    const paragraphs = ['一二三x四', '五六', '七八y九十x', '甲乙丙丁戊己庚辛壬癸x子y丑'];
    const background = fakeBackground(6);
    const whole = await fakeBackground(Infinity).analyze({ title: 't', paragraphs, findSpam: true });
    const parted = await analyzeInParts({ title: 't', paragraphs, findSpam: true }, background.analyze, 6, 2);
    expect(background.sent.length).toBeGreaterThan(2);
    for (const part of background.sent) {
      expect(part.paragraphs.length).toBeLessThanOrEqual(2);
      expect(part.paragraphs.join('').length).toBeLessThanOrEqual(6);
    }
    expect(parted).toEqual(whole);
  });

  it('sends each part the links of its own paragraphs, in the part’s offsets; a link cut by a part edge is left out', async () => {
    const paragraphs = ['一二三四', '五六七。八九十甲乙'];
    const link = (start: number, end: number, target: number) => ({ start, end, sameSite: false, target });
    const links = [[link(1, 3, 0)], [link(0, 2, 1), link(3, 6, 2), link(6, 8, 3)]];
    const background = fakeBackground(4);
    await analyzeInParts({ title: 't', paragraphs, findSpam: true, links }, background.analyze, 4, 2);
    const sent = background.sent.flatMap((part) => part.paragraphs.map((text, i) => [text, (part.links?.[i] ?? []).map((l) => text.slice(l.start, l.end))]));
    expect(sent).toEqual([
      ['一二三四', ['二三']],
      ['五六七。', ['五六']],
      ['八九十甲', ['十甲']],
      ['乙', []],
    ]);
    expect(v.safeParse(AnalyzeRequestSchema, { type: 'analyze', title: 't', paragraphs, findSpam: true, links }).success).toBe(true);
    expect(v.safeParse(AnalyzeRequestSchema, { type: 'analyze', title: 't', paragraphs, findSpam: true, links: [[link(2, 9, 0)]] }).success).toBe(false);
  });

  it('cuts a paragraph longer than a part after a sentence end', () => {
    const long = '第一句话。第二句话。第三句话。';
    const parts = splitIntoParts([long], 8, 10);
    expect(parts.map((part) => part.map((piece) => piece.text))).toEqual([['第一句话。'], ['第二句话。'], ['第三句话。']]);
    expect(parts.flat().map((piece) => piece.start)).toEqual([0, 5, 10]);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = '𠀀'.repeat(10); // 20 UTF-16 units, no sentence end
    for (const piece of splitIntoParts([text], 5, 10).flat()) expect(piece.text.length % 2).toBe(0);
  });

  it('asks only the parts that hold a wanted paragraph, cut the same way each time, and names the paragraphs left unjudged', async () => {
    const paragraphs = ['一二三', '四五x', '七八九', '甲乙丙'];
    const background = fakeBackground(3);
    const answer = await analyzeInParts({ title: 't', paragraphs, findSpam: true, tokensFor: [1, 3] }, background.analyze, 3, 5);
    expect(answer.paragraphs.map((p) => p.tokens.length)).toEqual([0, 2, 0, 3]);
    expect(answer.paragraphs[1]!.spam).toHaveLength(1);
    expect(background.sent.map((part) => part.paragraphs)).toEqual([['四五x'], ['甲乙丙']]);
    expect(background.sent.map((part) => part.tokensFor)).toEqual([[0], [0]]);
    expect([...answer.unjudged!]).toEqual([0, 2]);
    // Every paragraph wanted: every part is asked, and nothing is left unjudged.
    const all = await analyzeInParts({ title: 't', paragraphs, findSpam: true }, fakeBackground(3).analyze, 3, 5);
    expect(all.unjudged).toBeUndefined();
  });

  it('counts a long paragraph as unjudged when any of its pieces sits in a part not asked', async () => {
    const paragraphs = ['一二三', '四五六。七八九。', '甲乙丙'];
    const background = fakeBackground(7);
    // Parts of at most 7 characters: [一二三, 四五六。] and [七八九。, 甲乙丙]; paragraph 1 is in both.
    const answer = await analyzeInParts({ title: 't', paragraphs, findSpam: true, tokensFor: [0] }, background.analyze, 7, 5);
    expect(background.sent).toHaveLength(1);
    expect(answer.paragraphs[0]!.tokens).toHaveLength(3);
    expect([...answer.unjudged!].sort()).toEqual([1, 2]);
  });
});
