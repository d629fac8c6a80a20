/**
 * A row of a page's interface that the writer quotes whole is cited, not pasted: marked, never hidden.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { mechanicalFinders } from '../../src/spam/mechanical-finders';
import { markQuotedWhole, quotedWhole } from '../../src/spam/quoted-whole';
import type { SpamSpan } from '../../src/spam/types';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const hiddenAt = (text: string, row: string): SpamSpan => {
  const start = text.indexOf(row);
  return { start, end: start + row.length, family: 'seo', confidence: 0.9, tier: 'hidden', reason: 'A platform row.' };
};

describe('a page row quoted whole by the writer', () => {
  it('is marked when the quotation holds the row and nothing else, a stop inside it too', () => {
    for (const [text, row] of [
      ['直播间右上角一直显示着“1.8万人正在观看”，老人看得很投入。', '1.8万人正在观看'],
      ['页面底部写着「分享到朋友圈 微博 QQ空间」。', '分享到朋友圈 微博 QQ空间'],
      ['弹窗提示“点击展开全文。”他没有理会。', '点击展开全文'],
      ['她说：“屏幕上跳出‘点击展开全文’，我就点了。”', '点击展开全文'],
    ] as const) {
      const [span] = markQuotedWhole(text, [hiddenAt(text, row)]);
      expect(quotedWhole(text, hiddenAt(text, row)), text).toBe(true);
      expect(span).toMatchObject({ tier: 'suspect', family: 'seo' });
      expect(span!.confidence).toBeLessThanOrEqual(0.6);
    }
  });

  it('stays hidden glued into the writer’s sentence, or into a speaker’s words amid a quotation', () => {
    for (const [text, row] of [
      ['老人每天晚上看直播1.8万人正在观看，一看就到半夜。', '1.8万人正在观看'],
      ['她说：“我妈每天都看分享到朋友圈 微博 QQ空间，谁劝都不听。”', '分享到朋友圈 微博 QQ空间'],
      ['“点击展开全文我们会继续跟进，”工作人员说。', '点击展开全文'],
    ] as const) {
      const [span] = markQuotedWhole(text, [hiddenAt(text, row)]);
      expect(span!.tier, text).toBe('hidden');
    }
  });
});

describe('the furniture finders, as the pipeline runs them', () => {
  const found = (text: string) =>
    mechanicalFinders(spamTools(), [], [text], '老人迷上看直播')
      .flatMap(([, find]) => find(text))
      .map((span) => `${span.tier}:${text.slice(span.start, span.end)}`);

  it('mark a viewer count the writer quotes whole, and hide it glued between the writer’s words', () => {
    expect(found('她说，直播间右上角显示着“4.1万人在看”，屏幕上不断飘过特效，母亲也跟着刷礼物。')).toEqual(['suspect:4.1万人在看']);
    expect(found('她说，直播间里很热闹。4.1万人在看 屏幕上不断飘过特效，母亲也跟着刷礼物。')).toContain('hidden:4.1万人在看');
  });
});

describe('every exact finder marks, never hides, what fills a quotation whole', () => {
  it('turns a find filling a speaker’s nested quotation into a mark, whichever finder found it', () => {
    const text = '王阿姨告诉记者：“手机上老是弹出‘点击展开全文’，我都不敢点。”';
    for (const [name, find] of mechanicalFinders(spamTools(), [], [text])) {
      const hiddenInside = find(text).filter((s) => s.tier === 'hidden' && s.start >= text.indexOf('‘') && s.end <= text.indexOf('’') + 1);
      expect(hiddenInside, name).toEqual([]);
    }
  });
});
