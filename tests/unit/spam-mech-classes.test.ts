/**
 * Session 18's mechanical classes, each both ways: a reading set apart from its word, ISO and
 * page-end stamps, a row of alternating marks between sentences, a disguised address with the mark
 * named as its dot and the call around it, separators through a come-on or inside the writer's
 * words. Wordings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findFarmStamps } from '../../src/spam/find-farm-stamps';
import { findSeparatedWords } from '../../src/spam/find-separated-words';
import { findSpacedWords } from '../../src/spam/find-spaced-words';
import { findSpeltDomains } from '../../src/spam/find-spelt-domains';
import { findStraySymbols } from '../../src/spam/find-symbols';
import { findWordReadings } from '../../src/spam/find-word-readings';
import type { SpamSpan } from '../../src/spam/types';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const found = (spans: SpamSpan[], text: string): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);
const readings = (text: string): [string, string][] => found(findWordReadings(text, spamTools()), text);

describe('a toned reading set apart from its word (family pinyin)', () => {
  it('hides one after the comma or full stop that follows the word, or reading a compound only partly there', () => {
    expect(readings('小区门口新开了一家菜市场，（cài shì chǎng）居民买菜方便多了。')).toEqual([['（cài shì chǎng）', 'hidden']]);
    expect(readings('这座桥连通了两岸的村庄。【cūn zhuāng】')).toEqual([['【cūn zhuāng】', 'hidden']]);
    // 公交 is in the sentence, 公交站台 is not: the first two syllables still read two characters there.
    expect(readings('附近居民每天乘坐公交。（gōng jiāo zhàn tái）')).toEqual([['（gōng jiāo zhàn tái）', 'hidden']]);
  });
  it('marks one after punctuation that reads nothing near it', () => {
    expect(readings('附近居民每天乘坐公交。（hǎi yáng）')).toEqual([['（hǎi yáng）', 'suspect']]);
  });
  it("leaves a writer's gloss after its word, a colon's examples, toneless letters and a lesson on readings", () => {
    expect(readings('老艺人说，这道菜讲究的是饕餮（tāo tiè）纹样的刀工。')).toEqual([['（tāo tiè）', 'suspect']]);
    expect(readings('孩子们跟着老师念：（mā má mǎ mà）')).toEqual([]);
    expect(readings('游客在北京逛胡同，（hutong）是常见的叫法。')).toEqual([]);
    expect(readings('老师教“菜市场”的拼音，写作（cài shì chǎng）。')).toEqual([]);
  });
});

describe('the writer’s word pasted again with its reading (family pinyin, session 19)', () => {
  const paired = (text: string, previous = ''): [string, string][] => found(findWordReadings(text, spamTools(), false, previous), text);
  it('hides the word and its reading right after the clause the writer ended with it, one pair or a row', () => {
    expect(paired('新线开通后，乘客可在站外换乘，换乘（huàn chéng）步行不超过三百米。')).toEqual([['换乘（huàn chéng）', 'hidden']]);
    expect(paired('湿地里的白鹭开始衔枝筑巢，衔枝（xián zhī）筑巢（zhù cháo）一直持续到四月。')).toEqual([['衔枝（xián zhī）筑巢（zhù cháo）', 'hidden']]);
    // At a paragraph's start, repeating the end of the paragraph before.
    expect(paired('衔枝（xián zhī）筑巢（zhù cháo）这批白鹭今年来得早。', '湿地里的白鹭开始衔枝筑巢。')).toEqual([['衔枝（xián zhī）筑巢（zhù cháo）', 'hidden']]);
  });
  it('hides the readings of a row of the writer’s own words, and leaves a single gloss as it was', () => {
    expect(paired('白鹭开始衔枝（xián zhī）筑巢（zhù cháo），一直持续到四月。')).toEqual([['（xián zhī）', 'hidden'], ['（zhù cháo）', 'hidden']]);
    // The writer's gloss of a rare word at its first use: marked, the word itself never taken.
    expect(paired('老艺人说，这道菜讲究的是饕餮（tāo tiè）纹样的刀工。')).toEqual([['（tāo tiè）', 'suspect']]);
    // The same word glossed later in running text, not right after the clause ending with it: as before.
    expect(paired('饕餮是传说中的猛兽。古代青铜器上常见饕餮（tāo tiè）纹样。')).toEqual([['（tāo tiè）', 'suspect']]);
    // A lesson on readings repeats words with readings on purpose.
    expect(paired('这两个字的读音容易混淆，蹒跚（pán shān）要读准。', '蹒跚')).toEqual([]);
  });
});

describe("the copier's date stamps (family seo)", () => {
  const stamps = (text: string): [string, string][] => found(findFarmStamps(text, false, false), text);
  it('hides an ISO date-time anywhere and a bare stamp glued at the end of a paragraph', () => {
    expect(stamps('河道清淤工作已经完成，2025-03-14T08:30:00+08:00沿岸居民反映水质明显好转。')).toEqual([['2025-03-14T08:30:00+08:00', 'hidden']]);
    expect(stamps('河道清淤工作已经完成。2025年3月14日 08:30')).toEqual([['2025年3月14日 08:30', 'hidden']]);
    expect(stamps('新修的步道今天开放，上传于2025/3/14 08:30游客不少。')).toEqual([['上传于2025/3/14 08:30', 'hidden']]);
  });
  it('still only marks a bare stamp between sentences, and leaves times in prose', () => {
    expect(stamps('河道清淤工作已经完成。2025年3月14日 08:30沿岸居民反映水质明显好转。')).toEqual([['2025年3月14日 08:30', 'suspect']]);
    expect(stamps('通知发布于2025年3月14日8时30分，当天就有上百人报名。')).toEqual([]);
    expect(stamps('列车将于3月14日8:30从南站发车。')).toEqual([]);
  });
});

describe('a row of alternating marks between sentences (family symbol)', () => {
  const symbols = (text: string): [string, string][] => found(findStraySymbols(text), text);
  it('hides one whatever follows it', () => {
    expect(symbols('今年的花期比往年早。▲▼▲▼“太美了。”游客说。')).toEqual([['▲▼▲▼', 'hidden']]);
    expect(symbols('今年的花期比往年早。◇◆◇◆')).toEqual([['◇◆◇◆', 'hidden']]);
  });
  it('leaves a rating and a row after a colon', () => {
    expect(symbols('这家店的服务很周到。★★★★☆')).toEqual([]);
    expect(symbols('推荐指数：☆★☆★')).toEqual([]);
  });
});

describe('a disguised address with its named dot and the call around it (family domain)', () => {
  const domains = (text: string): [string, string][] => found(findSpeltDomains(text), text);
  it('reads a mark named as the dot, and takes the call to go there with the address', () => {
    expect(domains('桥梁加固完成。如需了解更多请访问ｑｉａｏ８８＄ｎｅｔ（把＄换成点）')).toEqual([['如需了解更多请访问ｑｉａｏ８８＄ｎｅｔ（把＄换成点）', 'hidden']]);
    expect(domains('桥梁加固完成。更多图片请登录ｗｗｗ点ｑｉａｏ８８点ｃｏｍ浏览。')).toEqual([['更多图片请登录ｗｗｗ点ｑｉａｏ８８点ｃｏｍ浏览。', 'hidden']]);
  });
  it("keeps the writer's words around a disguised address, and a mark nobody named", () => {
    expect(domains('警方通报，赌博网站ｗｗｗ点ｑｉａｏ８８点ｃｏｍ已被查封。')).toEqual([['ｗｗｗ点ｑｉａｏ８８点ｃｏｍ', 'hidden']]);
    expect(domains('桥梁加固完成。如需了解更多请访问ｑｉａｏ８８＄ｎｅｔ')).toEqual([]);
  });
});

describe('separators through a come-on, around a slogan, inside the writer’s words (family jammer)', () => {
  const spaced = (text: string): [string, string][] => found(findSpacedWords(text, spamTools()), text);
  it('hides a come-on with a mark between every character, and a slogan set out between marks', () => {
    expect(spaced('天气转凉，扫‧码‧关‧注‧抽‧大‧奖，市民纷纷添衣。')).toEqual([['扫‧码‧关‧注‧抽‧大‧奖', 'hidden']]);
    // The slogan's closing mark is followed by the writer's words: 他 stays.
    expect(spaced('天气转凉，/品/质/保/证/放/心/选/他说今年冬天来得早。')).toEqual([['/品/质/保/证/放/心/选/', 'hidden']]);
  });
  it("leaves a name written with a dot", () => {
    expect(spaced('美国作家约翰·斯坦贝克曾在这里居住。')).toEqual([]);
  });
  it('hides a come-on glued between two sentences, its handle and a speaker’s quotation included (session 19)', () => {
    // The writer's next sentence right after it, with no mark between.
    expect(spaced('雨后山路湿滑。扫-码-进-群-抢-福-利游客请注意安全。')).toEqual([['扫-码-进-群-抢-福-利', 'hidden']]);
    expect(spaced('展会持续三天。加　好　友　送　会　员　卡参展商超过两百家。')).toEqual([['加　好　友　送　会　员　卡', 'hidden']]);
    // Letters and digits after it, parted by the same mark, are the handle.
    expect(spaced('活动圆满结束。客★服★微★信★ｋ★ｆ★９★９主办方表示明年再办。')).toEqual([['客★服★微★信★ｋ★ｆ★９★９', 'hidden']]);
    // Glued after a full stop inside a speaker's words.
    expect(spaced('“我们会继续努力。领-取-新-人-大-礼-包”他说。')).toEqual([['领-取-新-人-大-礼-包', 'hidden']]);
  });
  it('leaves a quoted slogan spaced for show and a list of single characters opening a sentence', () => {
    expect(spaced('横幅上写着“齐 心 协 力 共 建 家 园”八个大字。')).toEqual([['齐 心 协 力 共 建 家 园', 'suspect']]);
    expect(spaced('古人说的五行。金/木/水/火/土是构成万物的五种元素。').filter(([, tier]) => tier === 'hidden').map(([t]) => t).join('')).not.toMatch(/\p{Script=Han}/u);
  });
  const separated = (page: string[]): [string, string][] => findSeparatedWords(page, spamTools()).flatMap((spans, p) => found(spans, page[p] ?? ''));
  it('hides single marks inside words when a page has three, marks two, leaves one', () => {
    const three = ['新建的公/园今天开放，市民在湖边散步。', '园内种植了各类花・卉，吸引游客拍照。', '管理处表示将加强日常维‧护。'];
    expect(separated(three)).toEqual([['/', 'hidden'], ['・', 'hidden'], ['‧', 'hidden']]);
    expect(separated(three.slice(0, 2))).toEqual([['/', 'suspect'], ['・', 'suspect']]);
    expect(separated(three.slice(0, 1))).toEqual([]);
  });
  it('leaves choices written with a slash and names with a dot, however many', () => {
    const form = ['报名表须填写性别（男/女）、是否住宿（是/否）。', '申请人填写男/女，地区填写省/市。', '美国作家约翰·斯坦贝克和海明威都曾来访。'];
    expect(separated(form)).toEqual([]);
  });
});
