/**
 * A row of a page's slots pasted into someone's quoted words (src/spam/find-speech-rows.ts): hidden by
 * its shape (slots set apart by spaces that part fields, a figure or a symbol in one), whatever kind of
 * row it is; the speaker's own words — spaced figures and Latin words, a verse read with pauses, names —
 * stay. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findSpeechRows } from '../../src/spam/find-speech-rows';

const shown = (text: string): string[] => findSpeechRows(text).map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

describe('a row of slots inside a speaker’s words', () => {
  it('hides a row pasted right after the opening mark, and leaves the speaker’s clause glued after it', () => {
    expect(shown('值班民警说：“已连接 Guest-5G 剩余上网时长45分钟 点击续连 这类案子我们每个月都要接好几起，大家一定要小心。”')).toEqual(['hidden:已连接 Guest-5G 剩余上网时长45分钟 点击续连']);
  });

  it('hides a row pasted after the speaker’s last stop, and only marks its last slot (a speaker’s last words may follow a row there)', () => {
    expect(shown('她对记者说：“那天晚上我一直在等他回电话。已拨 139****2207 通话12秒 昨天 22:41”')).toEqual(['hidden:已拨 139****2207 通话12秒 昨天', 'suspect:22:41']);
    expect(shown('摊主说：“生意不好做，已有9人报名 保证金17000元 立即出价 也没用。”')).toEqual(['suspect:已有9人报名', 'hidden:保证金17000元 立即出价', 'suspect:也没用']);
  });

  it('only marks an edge slot the speaker’s words may be glued to (after a comma)', () => {
    expect(shown('摊主说：“拍卖价12万元 已有37人出价 剩余2小时，我们以前从来没见过。”')).toEqual(['hidden:拍卖价12万元 已有37人出价', 'suspect:剩余2小时']);
  });

  it('leaves spaced figures and Latin words, a verse read with pauses, and a list of names', () => {
    for (const text of [
      '经理说：“今年的销量增长了 30%，达到 500 万台，我们在 2025 年推出了 Model Y 和 Pad Air。”',
      '老人笑着说：“白日依山尽 黄河入海流 欲穷千里目，这首诗我小时候就会背。”',
      '班主任说：“王小明 李娜 陈强三个人都考上了。”',
    ]) {
      expect(shown(text), text).toEqual([]);
    }
  });

  it('leaves a row the writer cites after other words (a sign, not speech)', () => {
    expect(shown('出口的屏幕上显示着“车牌 沪C·5F208 停车3小时 应缴18元”。')).toEqual([]);
  });
});

describe('a quotation that is one clause: the speaker’s words are glued to one side', () => {
  it('hides only the inner slots, marks a short edge and leaves a long one', () => {
    expect(shown('他说：“就在前面路口《长夜》 19:30场 激光厅 ¥59”')).toEqual(['hidden:19:30场 激光厅', 'suspect:¥59']);
    expect(shown('摊主说：“拍卖价12万元 已有37人出价 剩余2小时我们以前从来没见过。”')).toEqual(['suspect:拍卖价12万元', 'hidden:已有37人出价']);
  });
});

describe('session 31: a slot of prose is no field (a call and a promo row pasted around a quoted title)', () => {
  it('leaves the quoted words glued to a pasted call, whatever the spaces of the promo row after them', () => {
    // Before: the middle "slot" ran from the call through the quoted title to the promo's first word, and its colon
    // counted as a field's symbol: 关注 + the title's words were hidden with the pasted row.
    for (const text of [
      '通知的题目是：“⬇️ 扫码关注云南省教育厅通知：寒假从1月20日开始 今日特价 买一送一 限时抢购”，家长们纷纷转发。',
      '他说：“↓↓ 长按识别二维码关注江北区图书馆公告：周一闭馆 新人专享 满减优惠 包邮到家”',
    ]) {
      expect(shown(text).filter((s) => /关注|图书馆|教育厅/u.test(s)), text).toEqual([]);
    }
  });

  it('still hides a row of fields between two prose slots, and leaves the prose on both sides', () => {
    expect(shown('店主说：“我们这家老店已经开了二十多年 已售 1.2万件 好评率 99% 回头客一直都很多。”')).toEqual(['hidden:已售 1.2万件 好评率 99%']);
  });

  it('finds no row where only the prose holds a field’s symbol (a promo of plain words after a title with a colon)', () => {
    expect(shown('他说：“江北区图书馆公告：下周一全天闭馆维修 新人专享 满减优惠 包邮到家”')).toEqual([]);
  });
});
