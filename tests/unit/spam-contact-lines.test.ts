import { describe, expect, it } from 'vitest';
import { findContactLines } from '../../src/spam/find-contact-lines';

const lines = (text: string): [string, string][] => findContactLines(text).map((s) => [text.slice(s.start, s.end), s.tier]);

describe('contact lines speaking to the reader (family seo)', () => {
  it('hides a contact whose clause is only the come-on, whose tail speaks to the reader, or whose number is spelt', () => {
    expect(lines('夏季用电高峰将至。有意者请联系电话：13912345678，当地供电部门提醒居民错峰用电。')).toEqual([['有意者请联系电话：13912345678，', 'hidden']]);
    expect(lines('新馆明年开放，客服微信：tea_shop2024（微信同号）馆内藏书三万册。')).toEqual([['客服微信：tea_shop2024（微信同号）', 'hidden']]);
    expect(lines('比赛在周末举行，手机一五九 八八七六 五四三二观众可免费入场。')).toEqual([['手机一五九 八八七六 五四三二', 'hidden']]);
    expect(lines('感兴趣的朋友加QQ：5 2 0 1 3 1 4 8 8！')).toEqual([['感兴趣的朋友加QQ：5 2 0 1 3 1 4 8 8！', 'hidden']]);
    // Behind a label spelt to dodge a filter, even in the writer's clause; a spelt number keeps its tail.
    expect(lines('展馆里陈列着加V：139-0000-1234！老照片。')).toEqual([['加V：139-0000-1234', 'hidden']]);
    expect(lines('清晨，客服微信二八六三三九〇一〇，随时联系渔船陆续归港。')).toEqual([['客服微信二八六三三九〇一〇，随时联系', 'hidden']]);
    // Traditional, full-width digits.
    expect(lines('歡迎諮詢手機：１３７２２２２３３３３，全天在線')).toEqual([['歡迎諮詢手機：１３７２２２２３３３３，全天在線', 'hidden']]);
  });

  it('marks a number in the writer\'s clause and an organisation\'s line standing alone', () => {
    expect(lines('调查发现，嫌疑人的手机号13812340000曾在多地登录。')).toEqual([['手机号13812340000', 'suspect']]);
    expect(lines('报名电话：0731-85550000')).toEqual([['报名电话：0731-85550000', 'suspect']]);
  });

  it('leaves service numbers, a police line in the writer\'s sentence, quoted bait and numbers with no label', () => {
    expect(lines('遇到占道经营，市民可以拨打12345热线反映。')).toEqual([]);
    expect(lines('如发现险情，请立即拨打110或119。')).toEqual([]);
    expect(lines('区公安分局公开了举报电话0755-26660000，接受群众监督。')).toEqual([]);
    expect(lines('骗子在群里发布“客服微信：vip8888”的消息，诱导老人转账。')).toEqual([]);
    expect(lines('该校今年招收新生1360000人次的说法并不准确。')).toEqual([]);
    expect(lines('公司成立于2019年，微信公众号已有十万粉丝。')).toEqual([]);
  });
});
