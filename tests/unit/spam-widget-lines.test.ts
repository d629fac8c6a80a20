/**
 * Widgets and the site's furniture glued into the writer's text (issue 12, session 20): a ticker, a reading-time
 * line, a site notice closed with a comma mid-sentence — and the real text of the same shapes that
 * stays. Strings written for this test (none from the generator's vocabularies or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findFarmStamps } from '../../src/spam/find-farm-stamps';
import { findPriceTickers } from '../../src/spam/find-price-tickers';
import { findReadingTimes } from '../../src/spam/find-reading-times';
import { findSiteNotices } from '../../src/spam/find-site-notices';
import { findWeatherWidgets } from '../../src/spam/find-weather-widgets';

type Found = { start: number; end: number; tier: string }[];
const one = (spans: Found, text: string): string[] => spans.map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

const A = '镇上的老粮站改成了社区食堂，每天中午供应两荤两素。';
const B = '食堂负责人说，七十岁以上的老人吃饭打八折。';

describe('reading-time lines (find-reading-times)', () => {
  const times = (text: string): string[] => one(findReadingTimes(text), text);
  it('hides the line at the top, glued after a full stop, in brackets or between dashes', () => {
    expect(times('全文共2,410字，建议阅读时长6分钟')).toEqual(['hidden:全文共2,410字，建议阅读时长6分钟']);
    expect(times(`${A}【读完本文仅需三分钟】${B}`)).toEqual(['hidden:【读完本文仅需三分钟】']);
    expect(times(`${A}——预计阅读：7分钟——`)).toEqual(['hidden:——预计阅读：7分钟——']);
    expect(times(`${A}本文计1800字 阅读约5min${B}`)).toEqual(['hidden:本文计1800字 阅读约5min']);
  });
  it('hides the article’s length and minutes glued after a comma, marks minutes alone there (it may be the writer’s clause)', () => {
    const text = '食堂开张那天，本文约900字，阅读需要2分钟，来了三百多位老人。';
    expect(times(text)).toEqual(['hidden:本文约900字，阅读需要2分钟，']);
    const minutes = '食堂开张那天，读完本文需要2分钟，来了三百多位老人。';
    expect(times(minutes)).toEqual(['suspect:读完本文需要2分钟，']);
  });
  it('leaves a story about reading habits and a book’s length', () => {
    expect(times('统计显示，市民人均每天阅读时长为24分钟，比前年多了5分钟。')).toEqual([]);
    expect(times('她每天午饭后读书，阅读时间大约40分钟，雷打不动。')).toEqual([]);
    expect(times('这部小说共四十万字，她读完用了整整两个月。')).toEqual([]);
    expect(times('阅读全文')).toEqual([]);
  });
});

describe('a site notice closed with a comma mid-sentence (find-site-notices)', () => {
  const notices = (text: string): string[] => one(findSiteNotices(text), text);
  it('ends the notice at its comma, so the writer’s clause after it stays', () => {
    const text = `${A}开张第一周，免责声明：本文仅代表作者个人观点，与本网无关，请读者自行判断，食堂就接待了一千多人次。`;
    expect(notices(text)).toEqual(['hidden:免责声明：本文仅代表作者个人观点，与本网无关，请读者自行判断，']);
    const liability = `${A}菜价随季节调整，本平台所发信息由商户提供，本平台不承担任何责任，老人们普遍觉得实惠。`;
    expect(notices(liability)).toEqual(['hidden:本平台所发信息由商户提供，本平台不承担任何责任，']);
  });
  it('takes a notice naming the site whole, in Traditional too', () => {
    const text = `${B}本站部分圖文轉載自網路，若有侵權請來信告知，我們會儘快刪除。`;
    expect(notices(text)).toEqual(['hidden:本站部分圖文轉載自網路，若有侵權請來信告知，我們會儘快刪除。']);
  });
  it('leaves a writer’s provisional figures and a story about a site’s disclaimer', () => {
    expect(notices('上述就餐人数为初步统计，最终数字以街道公布为准，食堂还在招志愿者。')).toEqual([]);
    expect(notices('律师指出，该网站页面底部写着“本站不承担任何责任”，这并不能免除其法律义务。')).toEqual([]);
  });
});

describe('tickers with no label, signed moves, rates between marks, a bracketed price list (find-price-tickers)', () => {
  const tickers = (paragraphs: string[]): string[] => findPriceTickers(paragraphs).flatMap((spans, p) => one(spans, paragraphs[p] ?? ''));
  it('hides a run of indexes each with its move, glued after a stop or after a comma', () => {
    expect(tickers([`${A}中小100 6120.33 ▼0.52%  沪深300 3561.07 ▲0.18%${B}`])).toEqual(['hidden:中小100 6120.33 ▼0.52%  沪深300 3561.07 ▲0.18%']);
    expect(tickers([`开张那天，日经225 38120.5（−1.05%），来了三百多位老人。`])).toEqual(['hidden:日经225 38120.5（−1.05%），']);
    // The writer's clause after the ticker's comma may open with a figure and a unit: it stays.
    expect(tickers([`开张那天，〖期货〗沪铜 71230元/吨 ▲0.6%，36.5%的老人选了素菜。`])).toEqual(['hidden:〖期货〗沪铜 71230元/吨 ▲0.6%，']);
  });
  it('hides rates strung between marks and a price list in a labelled bracket', () => {
    expect(tickers([`${A}●加元 5.2231●瑞郎 8.0412●${B}`])).toEqual(['hidden:●加元 5.2231●瑞郎 8.0412●']);
    expect(tickers([`${A}（本周肉价：猪肉 13.8元/斤，牛肉 38.5元/斤）${B}`])).toEqual(['hidden:（本周肉价：猪肉 13.8元/斤，牛肉 38.5元/斤）']);
  });
  it('leaves a market report’s sentences and a writer’s list with no moves', () => {
    expect(tickers([`${A}沪深300收于3561.07点，涨幅为0.18%，成交额放大。`])).toEqual([]);
    expect(tickers([`${A}食堂的菜价：素菜3元/份，荤菜6元/份。`])).toEqual([]);
    expect(tickers([`${A}老人们说，猪肉13.8元/斤，比上月贵了0.5元。`])).toEqual([]);
  });
});

describe('weather widgets (find-weather-widgets)', () => {
  const TITLE = '社区食堂开张';
  const widgets = (paragraphs: string[], title = TITLE): string[] => findWeatherWidgets(title, paragraphs).flatMap((spans, p) => one(spans, paragraphs[p] ?? ''));
  it('hides a run of slots glued between sentences, after a comma, or standing alone', () => {
    expect(widgets([`${A}〔今日〕 宁波 雨夹雪 1℃/5℃ 北风3-4级${B}`])).toEqual(['hidden:〔今日〕 宁波 雨夹雪 1℃/5℃ 北风3-4级']);
    expect(widgets([`开张那天，星期日 合肥 阵雨 12°～18° 微风，来了三百多位老人。`])).toEqual(['hidden:星期日 合肥 阵雨 12°～18° 微风，']);
    expect(widgets([A, '后天 | 西宁 | 晴 | 最低-9℃ 最高4℃ | 空气质量 优', B])).toEqual(['hidden:后天 | 西宁 | 晴 | 最低-9℃ 最高4℃ | 空气质量 优']);
  });
  it('leaves forecasts said in sentences, a cold day in a story, and a weather story’s own forecast line', () => {
    expect(widgets([`${A}气象台说，明天阴有小雨，最低气温3℃，东风2级，出门记得带伞。`])).toEqual([]);
    expect(widgets([`开张那天只有2℃，北风很大，老人们还是排起了长队。`])).toEqual([]);
    expect(widgets(['本周天气多变，周末将迎来降温。', '周六：小雨 3℃～8℃ 东北风3级'], '周末降温')).toEqual([]);
  });
});

describe('a bracketed stamp with the date in 年月日 (find-farm-stamps)', () => {
  const stamps = (text: string): string[] => one(findFarmStamps(text, false, false), text);
  it('hides one with a crawler’s word glued after a comma, marks one with 发布 (a story cites a document’s date so)', () => {
    expect(stamps('开张那天，（2024年11月2日 更新）来了三百多位老人。')).toEqual(['hidden:（2024年11月2日 更新）']);
    expect(stamps(`${A}（2024年11月2日发布）${B}`)).toEqual(['suspect:（2024年11月2日发布）']);
  });
  it('leaves a bare date in brackets', () => {
    expect(stamps('新规（2024年11月2日）起施行，食堂也按新规办。')).toEqual([]);
  });
});
