import { describe, expect, it } from 'vitest';
import { findCouponCalls } from '../../src/spam/find-coupon-calls';

const calls = (text: string): [string, string][] => findCouponCalls(text).map((s) => [text.slice(s.start, s.end), s.tier]);

describe('coupon calls telling the reader what to do (family seo)', () => {
  it('hides a code behind its label and a deal with an imperative, from the call\'s first word', () => {
    expect(calls('图书馆周末延长开放，结账输入优惠码QW8825再减15元，读者可在线预约座位。')).toEqual([['结账输入优惠码QW8825再减15元，', 'hidden']]);
    expect(calls('兑换码：【MX20K7】')).toEqual([['兑换码：【MX20K7】', 'hidden']]);
    expect(calls('郊区的枫叶红了。点击领券满300减40！游客比往年多了一成。')).toEqual([['点击领券满300减40！', 'hidden']]);
    expect(calls('暴雨预警升级，老城区抢券立省20元，部分道路积水。')).toEqual([['抢券立省20元', 'hidden']]);
  });

  it('ends the call at its last code or deal and what to do with it, leaving the writer\'s words glued after', () => {
    expect(calls('雨后空气清新，抢券立减10元大家纷纷出门，公园里人很多。')).toEqual([['抢券立减10元', 'hidden']]);
    expect(calls('满300减30券 点击领取')).toEqual([['满300减30券 点击领取', 'hidden']]);
  });

  it('marks a code inside the writer\'s longer clause', () => {
    expect(calls('他在网店用优惠码TK2231买了一台电脑。')).toEqual([['优惠码TK2231', 'suspect']]);
  });

  it('leaves a report of a deal, a code with no value, reported speech and quoted codes', () => {
    expect(calls('商场推出满500减80活动，不少市民排队结账。')).toEqual([]);
    expect(calls('店员解释说，兑换码过期后无法补发。')).toEqual([]);
    expect(calls('该平台宣称，新用户下单立减10元。')).toEqual([]);
    expect(calls('记者看到，海报上写着“输入口令SALE99领红包”。')).toEqual([]);
    expect(calls('全场商品打8折的消息传开后，商场客流明显增加。')).toEqual([]);
  });
});
