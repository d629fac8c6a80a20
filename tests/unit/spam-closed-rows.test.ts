/**
 * Closed rows glued anywhere into the writer's text (session 23, find-closed-rows): pagers, counters,
 * hashtags, labelled keyword rows and betting rows, ended by their own slots — mid-clause, after a
 * comma, between sentences, inside a quotation — and the writer's sentences with the same words, which
 * stay. Strings written for this test (none from the generators' vocabularies or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findClosedRows } from '../../src/spam/find-closed-rows';
import { findReadingTimes } from '../../src/spam/find-reading-times';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();
const cut = (text: string): string[] => spamTools().segmenter.cut(text);
const rows = (text: string): string[] => findClosedRows(text, cut).map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

describe('pagers glued anywhere', () => {
  it('hides page links and numbers mid-clause, after a comma and inside a quotation', () => {
    expect(rows('渡口新修的候船亭上一页 4 5 6 下一页已经启用。')).toEqual(['hidden:上一页 4 5 6 下一页']);
    expect(rows('老周说，第2页 | 共6页，以后下雨不用淋着等船了。')).toEqual(['hidden:第2页 | 共6页']);
    expect(rows('老周说：“以后下雨【1】【2】【3】不用淋着等船了。”')).toEqual(['hidden:【1】【2】【3】']);
    expect(rows('候船亭昨天启用。‹ 1 2 3 4 5 ›乘客都很高兴。')).toEqual(['hidden:‹ 1 2 3 4 5 ›']);
  });
  it('leaves a report’s page numbers and figures in prose', () => {
    expect(rows('方案详见规划文本第12页至第15页。')).toEqual([]);
    expect(rows('三个班分别有1 2 3名同学缺席，2019年以后逐年减少。')).toEqual([]);
  });
});

describe('counters glued anywhere', () => {
  it('hides a label with its count set apart, and a count standing apart', () => {
    expect(rows('候船亭昨天启用，访问量：12,406以后下雨不怕了。')).toEqual(['hidden:访问量：12,406']);
    expect(rows('候船亭昨天启用。3.2万人看过 乘客都很高兴。')).toEqual(['hidden:3.2万人看过']);
    expect(rows('老周说，收藏 2,118 以后下雨不用淋着了。')).toEqual(['hidden:收藏 2,118']);
  });
  it('leaves a site footer’s rights sign and year, which no platform counts', () => {
    expect(rows('Copyright © 2025 渡口信息网 版权所有')).toEqual([]);
    expect(rows('版权所有 ® 2019 本站保留一切权利')).toEqual([]);
  });
  it('leaves a story telling its counts with a verb', () => {
    expect(rows('这段视频的播放量已经超过80万次，点赞数也有4万多。')).toEqual([]);
    expect(rows('去年有1200人报名参加了比赛。')).toEqual([]);
    expect(rows('他在渡口浏览 3 年了。')).toEqual([]);
  });
});

describe('hashtags glued anywhere', () => {
  it('hides two or more tags in a row, closed or open', () => {
    expect(rows('候船亭昨天启用#渡口新貌# #雨天出行#乘客都很高兴。')).toEqual(['hidden:#渡口新貌# #雨天出行#']);
    expect(rows('候船亭昨天启用。#渡口 #候船亭 #出行')).toEqual(['hidden:#渡口 #候船亭 #出行']);
  });
  it('leaves one topic the writer names in a sentence', () => {
    expect(rows('她在网上发起了#我的渡口#话题，引来许多人留言。')).toEqual([]);
  });
  it('session 31: marks, never hides, an open last tag ended by a comma — the writer’s words may be glued to it', () => {
    // Before: the last tag ran to the comma, and the clause glued to it (乘客都说方便) was hidden with the tags.
    expect(rows('候船亭昨天启用 #渡口新貌 #雨天出行乘客都说方便，也不用再淋雨了。')).toEqual(['hidden:#渡口新貌', 'suspect:#雨天出行乘客都说方便']);
    expect(rows('#渡口 #候船亭 #出行大家都很满意。')).toEqual(['hidden:#渡口 #候船亭', 'suspect:#出行大家都很满意']);
  });
  it('still hides a run of open tags ended by a space or the line’s end', () => {
    expect(rows('#渡口 #候船亭 #出行 候船亭昨天启用。')).toEqual(['hidden:#渡口 #候船亭 #出行']);
  });
});

describe('labelled rows of keywords, tags or searches', () => {
  it('hides a row under its label set apart by spaces or bars, and marks one glued after the writer’s words', () => {
    expect(rows('候船亭昨天启用。常见搜索：渡船时刻 渡船票价 渡船码头')).toEqual(['hidden:常见搜索：渡船时刻 渡船票价 渡船码头']);
    expect(rows('老周说，文章标签｜渡口｜民生，以后下雨不用淋着了。')).toEqual(['hidden:文章标签｜渡口｜民生']);
    expect(rows('乘客们昨天在候船亭里还搜了：渡船时刻 渡船票价，都很高兴。')[0]).toMatch(/^suspect:/u);
  });
  it('marks a list in 、 under such a label, and leaves a sentence about searching', () => {
    expect(rows('他推荐：渡船、公交、单车。')).toEqual(['suspect:他推荐：渡船、公交、单车']);
    expect(rows('不少乘客上网搜索渡船的时刻表，却没有找到。')).toEqual([]);
  });
});

describe('betting rows set apart by separators', () => {
  it('hides a row of games and payouts, leaving the writer’s clause after the gap', () => {
    expect(rows('候船亭昨天启用，轮盘赌 在线荷官 充值返8% 乘客都很高兴。')).toEqual(['hidden:轮盘赌 在线荷官 充值返8%']);
    expect(rows('老周说，百家乐 真人荷官 注册送88元，以后下雨不用淋着等船了。')).toEqual(['hidden:百家乐 真人荷官 注册送88元']);
    expect(rows('老周说：“百家乐 真人 提现秒到 掏走的”都是骗局。')).toEqual(['hidden:百家乐 真人 提现秒到']);
  });
  it('leaves a crackdown story’s words set apart by spaces', () => {
    expect(rows('活动现场挂着横幅：打击网络赌博 守护平安渡口 人人有责。')).toEqual([]);
  });
});

describe('picture notes in their own brackets', () => {
  it('hides one between two of the writer’s words, marks one after the paragraph’s words', () => {
    expect(rows('新修的候船亭（照片源自网友投稿）已经启用。')).toEqual(['hidden:（照片源自网友投稿）']);
    expect(rows('新修的候船亭已经启用（档案图片）')).toEqual(['suspect:（档案图片）']);
  });
  it('leaves a caption naming who is in the picture', () => {
    expect(rows('老周站在候船亭前（照片右一）笑着招手。')).toEqual([]);
  });
});

describe('reading-time lines glued mid-clause (find-reading-times, session 23)', () => {
  const times = (text: string): string[] => findReadingTimes(text).map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);
  it('hides the site’s format anywhere, and a line opening its own sentence with an estimate', () => {
    expect(times('渡口新修的候船亭建议阅读时长 6 分钟已经启用。')).toEqual(['hidden:建议阅读时长 6 分钟']);
    expect(times('候船亭昨天启用。阅读时间约4分钟 乘客都很高兴。')).toEqual(['hidden:阅读时间约4分钟']);
  });
  it('leaves a story about reading time with its subject and verb', () => {
    expect(times('调查发现，乘客候船时平均阅读时间约为9分钟。')).toEqual([]);
    expect(times('他每天坚持阅读 30 分钟。')).toEqual([]);
  });
});
