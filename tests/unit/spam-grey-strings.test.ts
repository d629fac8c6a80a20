import { describe, expect, it } from 'vitest';
import { findSlangContacts } from '../../src/spam/find-contact-ads';
import { findDodgedDomains } from '../../src/spam/find-dodged-domains';
import { findGlossedKeywords } from '../../src/spam/find-glossed-keywords';
import { findGreyWords } from '../../src/spam/find-grey-words';
import { findSponsorNotes } from '../../src/spam/find-sponsor-notes';
import { findTagLines } from '../../src/spam/find-tag-lines';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const found = (spans: { start: number; end: number; tier: string }[], text: string): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);
const contacts = (text: string): [string, string][] => found(findSlangContacts(text), text);

describe('messenger handles behind slang labels (family seo)', () => {
  it('hides an @handle or a lower-case handle with digits behind a slang label for Telegram or WeChat', () => {
    expect(contacts('今年的秋粮收购已经开始，飞机：@hongyun_88，各地粮库陆续开秤。')).toEqual([['飞机：@hongyun_88', 'hidden']]);
    expect(contacts('新馆将于下月开放TG@caishen777届时免费参观。')).toEqual([['TG@caishen777', 'hidden']]);
    expect(contacts('专家提醒市民注意防暑，电报号 abc5566，高温天气还将持续。')).toEqual([['电报号 abc5566', 'hidden']]);
    expect(contacts('比赛将在周末举行薇kf20248报名从即日起开始。')).toEqual([['薇kf20248', 'hidden']]);
  });
  it('keeps the everyday words behind a flight, a model, a name or a quoted bait', () => {
    expect(contacts('他乘坐飞机CA1234抵达北京，这架飞机A320neo是去年交付的。')).toEqual([]);
    expect(contacts('获奖者张薇2019年毕业于北京大学，土豆丝是她的拿手菜。')).toEqual([]);
    expect(contacts('骗子在群里发布“飞机：@dafa_kefu”的联系方式，诱导受害人下载软件。')).toEqual([]);
    expect(contacts('俄罗斯总统通过电报向其致以慰问，并通过Telegram频道发布了声明。')).toEqual([]);
  });
});

const domains = (text: string): [string, string][] => found(findDodgedDomains(text), text);
const glossed = (text: string): [string, string][] => found(findGlossedKeywords(text), text);
const tags = (text: string): [string, string][] => found(findTagLines(text), text);
const sponsors = (text: string): [string, string][] => found(findSponsorNotes(text), text);

describe('addresses typed to dodge filters (family domain)', () => {
  it('hides an address in random case or with Han digits in its host', () => {
    expect(domains('今年的秋粮收购已经开始wWw.FuLu88.cOm各地粮库陆续开秤。')).toEqual([['wWw.FuLu88.cOm', 'hidden']]);
    expect(domains('各地粮库陆续开秤，hq五五八.vip收购价格保持稳定。')).toEqual([['hq五五八.vip', 'hidden']]);
    expect(domains('新馆将于下月开放qIAnGuO.top届时免费参观。')).toEqual([['qIAnGuO.top', 'hidden']]);
  });
  it('marks a plain address on a farm’s domain glued into a sentence without a lead-in', () => {
    expect(domains('比赛将在周末举行fu-lu.xyz报名从即日起开始。')).toEqual([['fu-lu.xyz', 'suspect']]);
  });
  it('keeps addresses a writer cites, and brands in their own case', () => {
    expect(domains('旅客可登录www.12306.cn购票，也可登录官网 www.gov.cn 查询。')).toEqual([]);
    expect(domains('该团伙最后使用的域名为www.example-bet.vip，目前已被关停。')).toEqual([]);
    expect(domains('他在PayPal.com和YouTube.com上都开了账号，Www.Sina.com.cn也转载了此文。')).toEqual([]);
  });
});

describe('a pasted keyword glossed in toneless spaced pinyin (family pinyin)', () => {
  it('hides a grey-market keyword with its reading, in either bracket', () => {
    expect(glossed('留守在村里的老人足彩竞猜（zu cai jing cai）成了孩子们的依靠。')).toEqual([['足彩竞猜（zu cai jing cai）', 'hidden']]);
    expect(glossed('各地粮库陆续开秤下款口子(xia kuan kou zi)收购价格稳定。')).toEqual([['下款口子(xia kuan kou zi)', 'hidden']]);
  });
  it('hides the spaced reading and only marks the characters it reads when they are no grey-market word', () => {
    expect(glossed('今年秋粮丰收（feng shou）已成定局。')).toEqual([
      ['丰收', 'suspect'],
      ['（feng shou）', 'hidden'],
    ]);
  });
  it('keeps a writer’s gloss: after a quoted word, run together, toned, capitalised, or about pronunciation', () => {
    expect(glossed('“躺平”（tang ping）一词去年走红网络。')).toEqual([]);
    expect(glossed('北京的胡同（hutong）和上海的弄堂（nòng táng）一样。')).toEqual([]);
    expect(glossed('这个词的拼音是网贷（wang dai），常被读错。')).toEqual([]);
    expect(glossed('习近平（Xi Jin Ping）主持会议。')).toEqual([
      ['习近平', 'suspect'],
      ['（Xi Jin Ping）', 'suspect'],
    ]);
  });
});

describe('tag lines of grey-market words (family seo)', () => {
  it('hides a tag line whose items are mostly grey-market words, label and separators with it', () => {
    expect(tags('关键词：网贷口子 黑户下款 征信洗白 2025')).toEqual([['关键词：网贷口子 黑户下款 征信洗白 2025', 'hidden']]);
    expect(tags('收购工作有序推进。Tags: 真钱捕鱼, 百家乐技巧, 秋粮')).toEqual([['Tags: 真钱捕鱼, 百家乐技巧, 秋粮', 'hidden']]);
    expect(tags('標籤：網貸口子 套現 高仿證件')).toEqual([['標籤：網貸口子 套現 高仿證件', 'hidden']]);
  });
  it('keeps a real tag line, one on a crackdown, and one of topic nouns', () => {
    expect(tags('关键词：乡村振兴 农业 粮食安全')).toEqual([]);
    expect(tags('标签：打击网络赌博 跨境赌博 反诈宣传')).toEqual([]);
    expect(tags('关键词：征信 网贷 个人信息保护')).toEqual([]);
    expect(tags('关键词：网贷口子 乡村振兴 农业 粮食安全')).toEqual([]);
  });
});

describe('sponsor notes naming a betting brand (family seo)', () => {
  it('hides a note whose sponsor is a betting brand, and marks one whose sponsor is a sports brand', () => {
    expect(sponsors('各地粮库陆续开秤。（本栏目由鸿福棋牌独家赞助）')).toEqual([['（本栏目由鸿福棋牌独家赞助）', 'hidden']]);
    expect(sponsors('本节目由Luckybet冠名播出。')).toEqual([['本节目由Luckybet冠名播出。', 'hidden']]);
    expect(sponsors('各地粮库陆续开秤。(本文由鸿福体育赞助)')).toEqual([['(本文由鸿福体育赞助)', 'suspect']]);
  });
  it('keeps a bank’s or a broadcaster’s sponsor note and an event’s sponsor', () => {
    expect(sponsors('（本栏目由华夏银行赞助播出）本届比赛由李宁体育独家冠名。')).toEqual([]);
    expect(sponsors('鸣谢中国移动对本次活动的大力支持。')).toEqual([]);
  });
});

describe('grey-market words pasted mid-sentence (family seo, marked only)', () => {
  const cut = (text: string): string[] => spamTools().segmenter.cut(text);
  const marks = (title: string, paragraphs: string[]): [string, string][][] =>
    findGreyWords(title, paragraphs, cut).map((spans, p) => found(spans, paragraphs[p] ?? ''));
  it('marks a word only the trade uses in an article not about it, a look-alike spelling too', () => {
    expect(marks('秋粮收购有序推进', ['各地粮库陆续开秤，花呗套现收购价格保持稳定。', '农民说今年的收成不错。'])).toEqual([[['套现', 'suspect']], []]);
    expect(marks('秋粮收购有序推进', ['各地粮库陆续开秤，刷流水收购价格保持稳定。', '网贷ロ子农民说今年的收成不错。'])).toEqual([
      [['刷流水', 'suspect']],
      [['网贷ロ子', 'suspect']],
    ]);
  });
  it('keeps the words of a story on the trade, quoted bait, and everyday words that hold a root', () => {
    expect(marks('警惕“征信修复”骗局', ['所谓征信修复都是骗局。', '受害人说对方承诺秒下款。'])).toEqual([[], []]);
    expect(marks('秋粮收购有序推进', ['有人打着“刷单返利”的旗号行骗，警方提醒市民注意。', '各地粮库陆续开秤。'])).toEqual([[], []]);
    expect(marks('新时代的农业', ['在时代发展的大潮中，他撒网捕鱼为生，办证大厅就在村口。'])).toEqual([[]]);
  });
});
