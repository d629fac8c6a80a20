import { describe, expect, it } from 'vitest';
import { findCommercialKeywords } from '../../src/spam/find-commerce';

const found = (text: string): [string, string][] => findCommercialKeywords(text).map((s) => [text.slice(s.start, s.end), s.tier]);

describe('commercial keywords (family seo)', () => {
  it('hides a seller phrase wherever it stands, with its brand when it opens a clause', () => {
    expect(found('市里新建了三座公园。大发棋牌送彩金')).toEqual([['大发棋牌送彩金', 'hidden']]);
    expect(found('今年的降水比往年多了大发电竞注册开户两成左右。')).toEqual([['电竞注册开户', 'hidden']]);
    expect(found('工程已经完工，广州关键词排名优化公司，下月交付使用。')).toEqual([['广州关键词排名优化公司', 'hidden']]);
  });

  it('hides a trade phrase standing alone, marks it after a full stop when a sentence runs on', () => {
    expect(found('展览持续到月底。太阳城足球下注')).toEqual([['太阳城足球下注', 'hidden']]);
    expect(found('展览持续到月底。无担保借款，门票免费。')).toEqual([['无担保借款', 'hidden']]);
    expect(found('展览持续到月底。代开发票观众可以免费参观。')).toEqual([['代开发票', 'suspect']]);
  });

  it('leaves a report on the trade alone', () => {
    for (const text of [
      '警方近日打击代开发票、办理假证等违法行为，抓获嫌疑人十二名。',
      '全市体育彩票投注站去年的彩票投注额同比增长一成。',
      '香港赛马会公布的足球投注额再创新高。',
      '小额贷款公司的数量增加了，信用贷款的门槛也降低了。',
      '他在境外赌场开户后很快输光了积蓄。',
      '该网站的排名上升很快，网站推广的费用也随之上涨。',
      '银行承诺对符合条件的企业当天放款。',
      '严禁买卖发票、代开发票。',
      '公司主营业务为网站建设、网站推广、软件开发。',
      '警方提醒，网络赌博、真人娱乐开户、代理推广等行为均属违法犯罪。',
      '不法分子打着“棋牌送彩金”的旗号诱人下载。',
      '这类平台以电竞投注等名义吸引青少年。',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('reads a Traditional page by the same words', () => {
    expect(found('展覽持續到月底。太陽城棋牌送彩金')).toEqual([['太陽城棋牌送彩金', 'hidden']]);
  });
});
