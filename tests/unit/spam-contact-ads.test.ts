import { describe, expect, it } from 'vitest';
import { findContactAds } from '../../src/spam/find-contact-ads';
import { findGamblingWords } from '../../src/spam/find-gambling-words';
import { findPinyinWords, readsCharacters, syllableCount } from '../../src/spam/find-pinyin-words';
import { findSpacedWords } from '../../src/spam/find-spaced-words';
import { mechanicalFinders } from '../../src/spam/index';
import { COMMERCE_GUARD_TEXTS } from '../fixtures/commerce-guard-texts';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const found = (spans: { start: number; end: number; tier: string }[], text: string): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);
const contacts = (text: string): [string, string][] => found(findContactAds(text), text);
const spaced = (text: string): [string, string][] => found(findSpacedWords(text, spamTools()), text);
const pinyinWords = (text: string): [string, string][] => found(findPinyinWords(text, spamTools()), text);

describe('contact strings and offers (family seo)', () => {
  it('hides a handle behind a disguised label, in either script', () => {
    expect(contacts('今年的早稻收购价格略有上涨，嶶信：qwe5678，农户普遍表示满意。')).toEqual([['嶶信：qwe5678', 'hidden']]);
    expect(contacts('菜价回落。加Ｖ pp20231')).toEqual([['加Ｖ pp20231', 'hidden']]);
    expect(contacts('地铁三号线延长段开通，扣扣号88665544')).toEqual([['扣扣号88665544', 'hidden']]);
  });

  it('only marks a handle behind a plain label, and a disguised one inside quotes', () => {
    expect(contacts('读者可关注本报微信号dzrb2020获取更多服务信息。')).toEqual([['微信号dzrb2020', 'suspect']]);
    expect(contacts('骗子要求受害人添加“薇信ab12345”后转账。')).toEqual([]);
  });

  it('leaves labels without a handle, versions and app names alone', () => {
    expect(contacts('警方提醒，不要轻信陌生人发来的微信链接，也不要添加所谓的V信客服。')).toEqual([]);
    expect(contacts('腾讯发布QQ2013版本，新增群视频功能。')).toEqual([]);
    expect(contacts('他在QQ音乐上听歌，又用微信支付了车费。')).toEqual([]);
  });

  it('hides an offer standing as a clause of its own, and marks one inside a sentence', () => {
    expect(contacts('该镇新建了三座桥梁。注册送58元！')).toEqual([['注册送58元', 'hidden']]);
    expect(contacts('会议强调，首存200送200，要做好防汛工作。')).toEqual([['首存200送200', 'hidden']]);
    expect(contacts('该平台宣称注册即送88元，吸引了大量用户。')).toEqual([['注册即送88元', 'suspect']]);
    expect(contacts('骗子以“注册送100元”为诱饵。')).toEqual([]);
  });

  it('marks a mobile number only beside a sales word, and never hides it', () => {
    expect(contacts('无抵押当天下款，电话13912345678。')).toEqual([['13912345678', 'suspect']]);
    expect(contacts('失主王先生的电话是13912345678，请拾到者联系。')).toEqual([]);
    expect(contacts('如有疑问，可拨打咨询电话0571-87654321。')).toEqual([]);
  });
});

describe('characters spaced apart (family jammer)', () => {
  it('hides four characters or more whose neighbours join into words again', () => {
    expect(spaced('今年粮食产量稳中有升，澳 门 赌 场，农民收入继续增加。')).toEqual([['澳 门 赌 场', 'hidden']]);
    expect(spaced('城市绿化体　育　投　注工作')).toEqual([['体　育　投　注', 'hidden']]);
    expect(spaced('城市绿化网　贷　秒　批工作')).toEqual([['网　贷　秒　批', 'suspect']]);
  });

  it('marks three characters, and anything quoted', () => {
    expect(spaced('这场比赛百 家 乐很精彩')).toEqual([['百 家 乐', 'suspect']]);
    expect(spaced('横幅上写着“中 国 加 油”四个大字。')).toEqual([['中 国 加 油', 'suspect']]);
  });

  it('leaves a table of padded names alone', () => {
    expect(spaced('获奖名单：张和平 沈 丹 袁华亮 谢 强 赖陶然')).toEqual([]);
  });
});

describe('a word in pinyin that is not the reading (family pinyin)', () => {
  it('counts syllables and reads characters', () => {
    expect(syllableCount('bocai')).toBe(2);
    expect(syllableCount('zhenrenyule')).toBe(4);
    expect(syllableCount('hello')).toBe(0);
    expect(readsCharacters('hutong', [...'老北京胡同'])).toBe(true);
    expect(readsCharacters('lv', [...'绿'])).toBe(true);
    expect(readsCharacters('bocai', [...'经济发展'])).toBe(false);
  });

  it('hides a pinyin word dropped inside a word, and marks one between words', () => {
    expect(pinyinWords('今年的经(duchang)济形势')).toEqual([['(duchang)', 'hidden']]);
    expect(pinyinWords('今年的经济（bocai）发展平稳')).toEqual([['（bocai）', 'suspect']]);
  });

  it('leaves readings, names in capitals, tone marks and lone syllables alone', () => {
    expect(pinyinWords('北京的胡同（hutong）里住着很多老人。')).toEqual([]);
    expect(pinyinWords('“犇”（ben）字由三个牛组成，“彳亍”（chichu）意为慢行。')).toEqual([]);
    expect(pinyinWords('记者在台北（Taipei）看到，犇（bēn）字很常见。')).toEqual([]);
  });

  it('marks, never hides, an English gloss that happens to spell as pinyin', () => {
    expect(pinyinWords('基因（gene）是遗传的基本单位。')).toEqual([['（gene）', 'suspect']]);
  });
});

describe('gambling words in an article not about gambling (family seo, marked only)', () => {
  const gambling = (title: string, paragraphs: string[]): string[][] =>
    findGamblingWords(title, paragraphs, (text) => spamTools().segmenter.cut(text)).map((spans, p) => spans.map((s) => `${(paragraphs[p] ?? '').slice(s.start, s.end)}:${s.tier}`));

  it('marks a word of the class, in either script, in a story about something else', () => {
    const story = ['今年早稻收购价格每斤上涨五分钱。', '农户表示，赌球今年的收成比去年好。', '粮食部门将继续做好收购工作，老虎機确保农民增收。'];
    expect(gambling('早稻收购价格上涨', story)).toEqual([[], ['赌球:suspect'], ['老虎機:suspect']]);
  });

  it('leaves news about gambling alone: the headline names the class, or three paragraphs use it', () => {
    expect(gambling('警方捣毁一个地下赌场', ['警方昨日突击检查，现场抓获参与赌博人员20名。', '据介绍，该团伙长期组织赌博。'])).toEqual([[], []]);
    const lottery = ['体育彩票今年销量增长。', '彩民人数也有所增加。', '中心将继续规范彩票销售。', '公益金用于全民健身。'];
    expect(gambling('公益金支持全民健身', lottery)).toEqual([[], [], [], []]);
  });
});

describe('news about gambling, loans and fraud (guard texts written for these finders)', () => {
  it('hides nothing of it', () => {
    const finders = mechanicalFinders(spamTools(), [], COMMERCE_GUARD_TEXTS).filter(([name]) => ['contact-ads', 'spaced-words', 'pinyin-words', 'gambling-words'].includes(name));
    const hidden = COMMERCE_GUARD_TEXTS.flatMap((text) => finders.flatMap(([, find]) => find(text).filter((s) => s.tier === 'hidden').map((s) => text.slice(s.start, s.end))));
    expect(hidden).toEqual([]);
  });
});
