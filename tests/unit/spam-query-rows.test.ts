import { describe, expect, it } from 'vitest';
import { findQueryRows } from '../../src/spam/find-query-rows';

const rows = (text: string): [string, string][] => findQueryRows(text).map((s) => [text.slice(s.start, s.end), s.tier]);

describe('search queries set apart by spaces (family seo)', () => {
  it('hides an on-topic row glued after a comma, between sentences, inside a quote and as its own paragraph', () => {
    expect(rows('今年电动牙刷销量翻番，电动牙刷排行榜 电动牙刷哪款好用 电动牙刷专卖店，不少商家提前备货。')).toEqual([['电动牙刷排行榜 电动牙刷哪款好用 电动牙刷专卖店，', 'hidden']]);
    expect(rows('新线下周开通。青岛整租 地铁口 两室一厅 押金可谈。沿线小区咨询量上升。')).toEqual([['青岛整租 地铁口 两室一厅', 'hidden']]);
    expect(rows('店主说：“剪纸图样大全　剪纸入门教程　窗花剪法图解，我们店里的窗花都是手工剪的。”')).toEqual([['剪纸图样大全　剪纸入门教程　窗花剪法图解，', 'hidden']]);
    expect(rows('棋牌游戏 赢话费 秒提现')).toEqual([['棋牌游戏 赢话费 秒提现', 'hidden']]);
  });

  it('ends a row glued to the writer\'s words with no mark of its own at its last query', () => {
    expect(rows('入冬以来，羽绒服十大品牌 羽绒服哪个牌子好 羽绒服厂家直销商场客流明显增加。')).toEqual([['羽绒服十大品牌 羽绒服哪个牌子好 羽绒服厂家直销', 'hidden']]);
    expect(rows('据了解，足球竞猜 今晚推荐 稳赢方案 这项赛事已连续举办五届。')).toEqual([['足球竞猜 今晚推荐 稳赢方案', 'hidden']]);
  });

  it('leaves words a writer sets apart by spaces', () => {
    expect(rows('图为参赛选手 刘洋 张敏 何军（从左至右）。')).toEqual([]);
    expect(rows('早班 七点 晚班 十九点，周末照常发车。')).toEqual([]);
    expect(rows('她用 Python 写了一个小程序。')).toEqual([]);
    expect(rows('两个黄鹂鸣翠柳 一行白鹭上青天 窗含西岭千秋雪 门泊东吴万里船')).toEqual([]);
    expect(rows('寒潮来袭 气温骤降 出行注意保暖')).toEqual([]);
    expect(rows('产品 价格 库存 备注')).toEqual([]);
    // A list the writer labels (a tag line is ./find-tag-lines.ts's).
    expect(rows('本文关键词：手机价格 手机排行 手机维修')).toEqual([]);
  });
});

describe('query rows glued on with no mark, after the writer\'s words (session 22)', () => {
  it('leaves the writer\'s last word when it is a noun a query also uses', () => {
    // 官网 and 视频 end the writer's clause; the row starts after them.
    expect(rows('展会闭幕后，组委会更新了官网百家乐技巧 必赢打法 提现秒到，参展商陆续撤展。')).toEqual([['百家乐技巧 必赢打法 提现秒到', 'hidden']]);
    expect(rows('队员们把训练视频在网上热水器哪家好 热水器多少钱 热水器价格表，引来不少点赞。')).toEqual([['热水器哪家好 热水器多少钱 热水器价格表', 'hidden']]);
  });

  it('leaves a writer\'s list of channels set apart by spaces', () => {
    expect(rows('医院的官网 公众号 视频号同步发布了停诊通知。')).toEqual([]);
  });
});
