/**
 * Session 33 (s33-classes): three lines of other screens hidden where a whole sentence is the notice — a site's
 * ad-block notice, a game's ad, a courier's text — and left where a writer tells of the same things or the paste
 * is glued into the writer's words. Both ways, on sentences written for these tests (none from the pools).
 */
import { describe, expect, it } from 'vitest';
import { findBlockerNotices } from '../../src/spam/find-blocker-notices';
import { findGameAds } from '../../src/spam/find-game-ads';
import { findParcelNotices } from '../../src/spam/find-parcel-notices';
import { markQuotedWhole } from '../../src/spam/quoted-whole';
import type { SpamSpan } from '../../src/spam/types';

const found = (spans: SpamSpan[], text: string): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);

describe('ad-block notices', () => {
  it('hides the notice as its own paragraph, between the writer’s sentences, and in Traditional', () => {
    const line = '您的浏览器正在拦截本站广告，请关闭拦截插件后重新加载页面';
    expect(found(findBlockerNotices(line), line)).toEqual([[line, 'hidden']]);
    const glued = `市政府昨天召开新闻发布会。${line}。会上通报了今年的城市更新计划。`;
    expect(found(findBlockerNotices(glued), glued)).toEqual([[`${line}。`, 'hidden']]);
    const traditional = '您的瀏覽器正在攔截本站廣告，請關閉攔截插件後重新加載頁面';
    expect(found(findBlockerNotices(traditional), traditional)).toEqual([[traditional, 'hidden']]);
  });

  it('leaves a writer telling of blockers, advising the reader in general, or citing a notice', () => {
    for (const text of [
      '调查显示，近四成受访者的电脑装有广告屏蔽插件。',
      '您可以在浏览器的扩展程序页面里关闭广告拦截功能。',
      '不少读者反映，打开该网站时总是提示“请关闭广告拦截后继续阅读”。',
      '网站运营者称，检测到广告拦截后只会提示一次。',
    ])
      expect(findBlockerNotices(text)).toEqual([]);
  });

  it('leaves a notice glued into the writer’s clause with no stop (the sentence holds more than the notice)', () => {
    const text = '游客服务中心您已开启广告拦截，页面将无法显示今年起改为预约制。';
    expect(findBlockerNotices(text)).toEqual([]);
  });
});

describe('game ads', () => {
  it('hides a game’s ad standing as its own paragraph or sentence', () => {
    const line = '神话手游今日开服，上线就送满级坐骑，点击下载';
    expect(found(findGameAds(line), line)).toEqual([[line, 'hidden']]);
    const glued = `图书馆周末照常开放。${line}！借阅量比去年同期增长两成。`;
    expect(found(findGameAds(glued), glued)).toEqual([[`${line}！`, 'hidden']]);
  });

  it('leaves a writer on games: players, companies, regulators, a cited ad, a report with no call', () => {
    for (const text of [
      '这款手游开服三天，玩家就在论坛上抱怨充值活动太多。',
      '文化执法部门查处了一批以“注册就送元宝”招揽玩家的页游。',
      '新服开启后，他每天下班都要玩两个小时。',
      '公司表示，下载该手游的用户中，三成来自三四线城市。',
    ])
      expect(findGameAds(text)).toEqual([]);
  });

  it('leaves an ad glued after the writer’s words in the same clause', () => {
    const text = '为了吸引年轻人仙侠手游注册送神装，点击下载。';
    expect(findGameAds(text)).toEqual([]);
  });
});

describe('parcel notices', () => {
  it('hides a courier’s text to the parcel’s owner, with its brand, code or masked phone', () => {
    const line = '【申通快递】您的快件已到达锦绣小区驿站，请凭取件码6-2-3309领取';
    expect(found(findParcelNotices(line), line)).toEqual([[line, 'hidden']]);
    const second = '您的包裹正在派送中，派送员电话139****7315';
    expect(found(findParcelNotices(second), second)).toEqual([[second, 'hidden']]);
  });

  it('leaves a writer telling of parcels, or advising the reader', () => {
    for (const text of [
      '他的包裹已到达转运中心，却一连五天没有更新。',
      '如果您的快件已签收却没有收到，请及时联系寄件人。',
      '截至昨日，该驿站已签收包裹两千余件。',
      '快递员说，包裹已放入快递柜，取件码发到了她的手机上。',
    ])
      expect(findParcelNotices(text)).toEqual([]);
  });

  it('only marks a courier’s text a writer quotes whole (as the pipeline reads it)', () => {
    const text = '她收到一条短信：“您的快递已到达驿站，取件码4471”，可她并没有网购。';
    const spans = markQuotedWhole(text, findParcelNotices(text));
    expect(spans.filter((s) => s.tier === 'hidden')).toEqual([]);
  });
});
