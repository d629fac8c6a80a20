/**
 * A platform's or a shop's rows glued into the writer's text (session 23): follow cards, device stamps,
 * shopping cards, polls with counts, reaction bars, hot-search rankings, repost chains, editors' tags —
 * read by their slots (counts, percentages, prices, times, devices, handles) set side by side; and the
 * writer's sentences with the same slots, which stay. Sentences written for this test (none from the
 * generators' vocabularies or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findPlatformRows } from '../../src/spam/find-platform-rows';

const rows = (text: string): string[] => findPlatformRows(text).map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

const A = '老街的菜市场翻修后重新开张，摊主老刘说，';
const B = '现在顾客比以前多了一倍。';

describe('platform rows glued anywhere (find-platform-rows)', () => {
  it('hides a follow card with the nickname standing apart before it', () => {
    expect(rows(`${A}晚风吹过麦田 粉丝 7.2万 +关注 ${B}`)).toEqual(['hidden:晚风吹过麦田 粉丝 7.2万 +关注']);
    expect(rows(`菜市场重新开张。\u3000阿Ken_07 获赞 1,930 关注 ${B}`)).toEqual(['hidden:阿Ken_07 获赞 1,930 关注']);
  });
  it('hides a device stamp after a time, and a lone "from <phone>" set apart', () => {
    expect(rows(`${A}4小时前 来自 Redmi Note 12 ${B}`)).toEqual(['hidden:4小时前 来自 Redmi Note 12']);
    expect(rows(`老刘说：“来自OPPO Find X7客户端现在顾客多了。”`)).toEqual(['hidden:来自OPPO Find X7客户端']);
  });
  it('hides a shopping card and a poll with its counts or percentages', () => {
    expect(rows(`${A}¥36.8 已售 2,417件 立即购买 › ${B}`)).toEqual(['hidden:¥36.8 已售 2,417件 立即购买 ›']);
    expect(rows(`菜市场重新开张。你常去菜市场吗？ 常去 57% 偶尔 31% 共8,120人参与`)).toEqual(['hidden:你常去菜市场吗？ 常去 57% 偶尔 31% 共8,120人参与']);
    expect(rows(`${A}A.方便（218票） B.太挤（93票）${B}`)).toEqual(['hidden:A.方便（218票） B.太挤（93票）']);
  });
  it('hides a reaction bar and a numbered hot-search ranking', () => {
    expect(rows(`${A}顶(58) 踩(4) ${B}`)).toEqual(['hidden:顶(58) 踩(4)']);
    expect(rows(`菜市场重新开张。热门 1 早市排队 2 菜价回落 3 新摊位招租`)).toEqual(['hidden:热门 1 早市排队 2 菜价回落 3 新摊位招租']);
  });
  it('hides a ranking whose short last topic a comma closes, and only marks a last topic far longer than the ranks before it', () => {
    // Topics of like length closed by a comma: the ranking's own end.
    expect(rows(`菜市场重新开张。热搜 1 早市排队 2 菜价回落 3 新摊开张，${B}`)).toEqual(['hidden:热搜 1 早市排队 2 菜价回落 3 新摊开张']);
    // Two-character candidates, then six characters up to the writer's comma: the writer's words may be in the last one.
    expect(rows(`摊主老刘打字时，输入法给出：1.菜价 2.才加 3.彩家市场翻新，顾客多了。`)).toEqual(['hidden:1.菜价 2.才加 3.', 'suspect:彩家市场翻新']);
  });
  it('ends an IP location on its region: two Han, or a longer region by name, never the writer’s next word', () => {
    expect(rows(`${A}发布于 12-03 08:15 IP属地：浙江对此表示欢迎。`)).toEqual(['hidden:发布于 12-03 08:15 IP属地：浙江']);
    expect(rows(`${A}12-03 08:15 IP属地：黑龙江${B}`)).toEqual(['hidden:12-03 08:15 IP属地：黑龙江']);
  });
  it('hides a repost chain to its last colon when its remark runs into the writer’s words', () => {
    expect(rows(`菜市场重新开张。//@小刘爱逛街:真方便//@青石巷:支持 ${B}`)).toEqual(['hidden://@小刘爱逛街:真方便//@青石巷:支持']);
    expect(rows(`菜市场重新开张。//@青石巷:支持${B}`)).toEqual(['hidden://@青石巷:', 'suspect:支持现在顾客比以']);
  });
  it('hides editors’ tags, and only marks a last name glued to the writer’s words', () => {
    expect(rows(`${B}（责任编辑：周立）`)).toEqual(['hidden:（责任编辑：周立）']);
    expect(rows(`${A}编辑 何苗 审核 郭凯 ${B}`)).toEqual(['hidden:编辑 何苗 审核 郭凯']);
    expect(rows(`菜市场重新开张。责任编辑：周立${B}`)).toEqual(['hidden:责任编辑：', 'suspect:周立现']);
  });
  it('leaves the writer’s sentences with the same slots', () => {
    for (const text of [
      '调查显示，57%的居民每周至少去一次菜市场，31%的居民偶尔去。',
      '一斤排骨卖36元，比上个月便宜了4元，已售出的猪肉有两千多斤。',
      '这位美食博主的粉丝已经超过7万，她的视频获赞无数。',
      '老刘用一部旧的小米手机拍下了开张那天的情景。',
      '来自小米公司的工程师也参与了市场的智能化改造。',
      '网友@青石巷 在微博上写道：“终于不用去超市了。”',
      '该报责任编辑在审稿时发现了这处错误。',
      '刑法规定：1．已满16周岁的人犯罪，应当负刑事责任。',
      '比赛中，北京队 3 比 1 战胜对手，排名升至第2位。',
      '市场共设摊位120个，其中蔬菜摊位58个，肉类摊位23个。',
      '2023年5月12日 14时，市场正式开张。',
    ]) {
      expect(rows(text).filter((r) => r.startsWith('hidden'))).toEqual([]);
    }
  });
  it('reaches rows of the same making that no one listed: a live stream, a Q&A page, a giveaway, a circled ranking', () => {
    expect(rows(`${A}直播中 观看 3.4万 点赞 9,120 ${B}`)).toEqual(['hidden:直播中 观看 3.4万 点赞 9,120']);
    expect(rows(`${A}12个回答 460人关注 被浏览 8.8万 ${B}`)).toEqual(['hidden:12个回答 460人关注 被浏览 8.8万']);
    expect(rows(`${A}已有2,310人参与抽奖 开奖时间 01-05 19:30 ${B}`)).toEqual(['hidden:已有2,310人参与抽奖 开奖时间 01-05 19:30']);
    expect(rows(`菜市场重新开张。本周榜单 ① 早市排队 🔥3.3万 ② 新摊位招租 🔥9,870`)).toEqual(['hidden:① 早市排队 🔥3.3万 ② 新摊位招租 🔥9,870']);
  });
  it('reads Traditional text as well', () => {
    expect(rows(`老劉說，晚風吹過麥田 粉絲 7.2萬 +關注 現在顧客多了。`)).toEqual(['hidden:晚風吹過麥田 粉絲 7.2萬 +關注']);
  });
});

describe('the site’s own credit line (find-platform-rows)', () => {
  it('only marks an editor’s tag ending the last paragraph or beside the source', () => {
    const credit = '（来源：本市日报）（责任编辑：周立）';
    expect(findPlatformRows(`${B}${credit}`, true).map((s) => s.tier)).toEqual(['suspect']);
    expect(findPlatformRows(`来源：本市日报\u3000责任编辑：周立`).map((s) => s.tier)).toEqual(['suspect']);
    expect(findPlatformRows(`${B}（责任编辑：周立）`, false).map((s) => s.tier)).toEqual(['hidden']);
  });

  // Session 32: a staff code after the editor's name (a portal's convention) still ends the site's credit line.
  it('reads an editor’s staff code after the last name as the line’s end', () => {
    expect(findPlatformRows('责任编辑：周立 SN226', true).map((s) => s.tier)).toEqual(['suspect']);
    expect(findPlatformRows('责任编辑：周立 SN226', false).map((s) => s.tier)).toEqual(['hidden']);
    expect(findPlatformRows('责任编辑：周立 欢迎关注', true).map((s) => s.tier)).toEqual(['hidden']);
  });
});
