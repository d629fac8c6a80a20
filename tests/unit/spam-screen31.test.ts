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
    expect(findScreenLines(text, [linkOn(text, '城西新建两座口袋公园 周末向市民开放', false)])).toEqual([]);
  });

  it('marks the same related line as plain text, or with a link on a word of it only', () => {
    const text = '推荐阅读：城西新建两座口袋公园 周末向市民开放';
    expect(found(findScreenLines(text), text)).toEqual([[text, 'suspect']]);
    expect(found(findScreenLines(text, [linkOn(text, '城西')]), text)).toEqual([[text, 'suspect']]);
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

describe('screen-lines: a mini-program card, an update prompt, a captcha prompt, a related line from another site (marked only)', () => {
  const marked = (text: string): [string, string][] => found(findScreenLines(text), text);

  it('marks them where they are pasted between the writer’s sentences', () => {
    expect(marked('比赛将在周末举行。图书馆 小程序 · 座位预约 点击进入')).toEqual([['图书馆 小程序 · 座位预约 点击进入', 'suspect']]);
    expect(marked('天气转凉。发现新版本2.4.0，是否立即升级？市民出行请注意保暖。')).toEqual([['发现新版本2.4.0，是否立即升级？', 'suspect']]);
    expect(marked('请将滑块拖动到缺口处，完成验证后继续浏览。')).toEqual([['请将滑块拖动到缺口处，完成验证后继续浏览。', 'suspect']]);
    expect(marked('河道清淤已经完成。热门阅读：这三种早餐最养胃')).toEqual([['热门阅读：这三种早餐最养胃', 'suspect']]);
  });

  it('leaves the writer telling of them', () => {
    for (const text of [
      '这个小程序由街道办开发，居民可以在上面报修。',
      '公司上周发布了新版本，修复了支付页面的漏洞。',
      '为了防止刷单，平台在下单前加入了滑块验证，不少老人因此犯难。',
      '本报此前的相关报道，引起了有关部门的重视。',
      '编辑在文末附了一篇相关新闻，供读者参考。',
    ])
      expect(marked(text)).toEqual([]);
  });
});
