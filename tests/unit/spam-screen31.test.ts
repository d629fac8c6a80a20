/**
 * Session 31 (s31-screen): screen-lines leaves the site's own lines — a related line made of the page's links, a
 * related label standing alone as its paragraph, a reprint notice opening with 如需 — and still marks the same
 * lines where they are pasted text. Both ways, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findScreenLines } from '../../src/spam/find-screen-lines';
import type { LinkRange, SpamSpan } from '../../src/spam/types';

const found = (spans: SpamSpan[], text: string): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);
const linkOn = (text: string, words: string, sameSite = true): LinkRange => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, sameSite, target: 1 });

describe('screen-lines: the site’s own lines', () => {
  it('leaves a related line whose headline is the page’s link, to its own site or another', () => {
    const text = '推荐阅读：城西新建两座口袋公园 周末向市民开放';
    expect(findScreenLines(text, [linkOn(text, '城西新建两座口袋公园 周末向市民开放')])).toEqual([]);
    expect(findScreenLines(text, [linkOn(text, '城西新建两座口袋公园', false)])).toEqual([]);
  });

  it('marks the same related line as plain text, or with a link on a word of it only', () => {
    const text = '推荐阅读：城西新建两座口袋公园 周末向市民开放';
    expect(found(findScreenLines(text), text)).toEqual([['推荐阅读：城西新建两座口袋公园', 'suspect']]);
    expect(found(findScreenLines(text, [linkOn(text, '城西')]), text)).toEqual([['推荐阅读：城西新建两座口袋公园', 'suspect']]);
    const glued = '河道清淤工作已经完成。相关新闻：老旧小区加装电梯补贴提高，施工队下周进场。';
    expect(found(findScreenLines(glued), glued).map(([, tier]) => tier)).toEqual(['suspect']);
  });

  it('leaves a related label standing alone as its paragraph, and marks one glued after the writer’s sentence with its headline', () => {
    for (const label of ['相关阅读：', '延伸阅读', '【相关新闻】', '猜你喜欢：']) expect(findScreenLines(label)).toEqual([]);
    const glued = '展览持续到下月底。延伸阅读：冬季自驾游需要注意什么';
    expect(found(findScreenLines(glued), glued)).toEqual([['延伸阅读：冬季自驾游需要注意什么', 'suspect']]);
  });

  it('leaves a reprint or contact notice that opens with 如需, and marks a chatbot’s closing that opens the same way', () => {
    for (const text of ['本文为本报原创稿件，如需转载请注明出处，并与编辑部联系。', '如需了解报名细节，请拨打活动热线咨询我们的工作人员。'])
      expect(findScreenLines(text)).toEqual([]);
    const closing = '票价将在下周公布。如需再精简一些，可以告诉我。';
    expect(found(findScreenLines(closing), closing)).toEqual([['如需再精简一些，可以告诉我。', 'suspect']]);
  });
});
