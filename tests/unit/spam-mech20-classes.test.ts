/**
 * Session 20's mechanical classes (QA19 found each at 0), each both ways and in the places a farm
 * glues them: zhuyin readings in brackets, a template's markup shown as text, microblog topics glued
 * into the writer's sentences. Wordings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findMarkupLeaks } from '../../src/spam/find-markup-leaks';
import { findTagLines } from '../../src/spam/find-tag-lines';
import { findWordReadings } from '../../src/spam/find-word-readings';
import type { SpamSpan } from '../../src/spam/types';
import { hidden, spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const found = (spans: SpamSpan[], text: string): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);
const readings = (text: string, previous = ''): [string, string][] => found(findWordReadings(text, spamTools(), false, previous), text);

describe('zhuyin in brackets (family pinyin)', () => {
  it('hides the zhuyin of a word of common characters right after it, either bracket, mid-sentence', () => {
    expect(readings('颱風過後，漁港的碼頭（ㄇㄚˇ ㄊㄡˊ）上堆滿了漂流木。')).toEqual([['（ㄇㄚˇ ㄊㄡˊ）', 'hidden']]);
    expect(readings('阿嬤每天清晨到菜園(ㄘㄞˋ ㄩㄢˊ)澆水，已經二十年了。')).toEqual([['(ㄘㄞˋ ㄩㄢˊ)', 'hidden']]);
    // A neutral tone's dot before the syllable.
    expect(readings('放學後，弟弟（ㄉㄧˋ ˙ㄉㄧ）總在巷口等公車。')).toEqual([['（ㄉㄧˋ ˙ㄉㄧ）', 'hidden']]);
  });

  it('hides a zhuyin reading cut off from its word, after the paragraph’s last full stop', () => {
    expect(readings('社區的老戲院下個月就要拆除了。（ㄒㄧˋ ㄩㄢˋ）')).toEqual([['（ㄒㄧˋ ㄩㄢˋ）', 'hidden']]);
  });

  it('only marks the first gloss of a word with a rare character, and hides a second gloss of it', () => {
    expect(readings('古書裡說，魍魎（ㄨㄤˇ ㄌㄧㄤˇ）是山川間的精怪。')).toEqual([['（ㄨㄤˇ ㄌㄧㄤˇ）', 'suspect']]);
    expect(readings('老人又提起魍魎（ㄨㄤˇ ㄌㄧㄤˇ）的傳說。', '古書裡說，魍魎（ㄨㄤˇ ㄌㄧㄤˇ）是山川間的精怪。')).toEqual([['（ㄨㄤˇ ㄌㄧㄤˇ）', 'hidden']]);
  });

  it('leaves zhuyin that reads another word, and a lesson on zhuyin', () => {
    expect(readings('漁港的碼頭（ㄕㄢ ㄕㄨㄟˇ）上堆滿了漂流木。')).toEqual([]);
    expect(hidden('注音課', ['老師先教注音符號，再讓孩子拼出「燈籠（ㄉㄥ ˙ㄌㄨㄥ）」和「蝴蝶（ㄏㄨˊ ㄉㄧㄝˊ）」。'])).toEqual([[]]);
    // A lesson that never names zhuyin: its symbols stand bare in the text, and it spells one character at a time.
    expect(readings('晨讀時間，孩子們跟著唸ㄙ、ㄕ、ㄖ，再拼「山水（ㄕㄢ ㄕㄨㄟˇ）」。')).toEqual([]);
    expect(readings('晨讀時間，孩子們拼出「書（ㄕㄨ）」和「山（ㄕㄢ）」。')).toEqual([]);
  });

  it('judges a sentence that opens with the word the last one ended with by its gloss alone', () => {
    // 姑姑 is the writer's subject here: only the reading goes.
    expect(readings('週末我回老家去看姑姑。姑姑（ㄍㄨ ˙ㄍㄨ）的身體還算硬朗。')).toEqual([['（ㄍㄨ ˙ㄍㄨ）', 'hidden']]);
  });
});

describe('markup shown as text (family jammer)', () => {
  it('hides entities, tags and forum codes glued after a stop, between sentences and mid-sentence, with a link’s anchor text', () => {
    const leaks = (text: string): [string, string][] => found(findMarkupLeaks(text), text);
    expect(leaks('新館預計明年春天開放。&ensp;&ensp;<hr/>')).toEqual([['&ensp;&ensp;<hr/>', 'hidden']]);
    expect(leaks('展覽共分三個單元。&apos;&gt;&lt;/section&gt;第一單元介紹城市的起源。')).toEqual([['&apos;&gt;&lt;/section&gt;', 'hidden']]);
    expect(leaks('館方表示，&#8226;[/i][/u]參觀需提前預約。')).toEqual([['&#8226;[/i][/u]', 'hidden']]);
    expect(leaks('门票价格另行公布。[email=]联系我们[/email]')).toEqual([['[email=]联系我们[/email]', 'hidden']]);
  });

  it('leaves markup in a text about markup, and brackets that are not markup', () => {
    const leaks = (text: string, title = ''): [string, string][] => found(findMarkupLeaks(text, title), text);
    expect(leaks('写网页时，<td> 表示表格里的一个格子，&copy; 会显示成版权符号。')).toEqual([]);
    expect(leaks('在一段文字里，[s] 与 [/s] 之间的字会加上删除线。', '老论坛的排版技巧')).toEqual([]);
    // A story quoting what a user typed into a comment box, and what a page shows for it.
    expect(leaks('有人在留言框里输入“<i>你好</i>”，页面上显示的却是一串&amp;lt;符号，原来网站做了转义处理。')).toEqual([]);
    expect(leaks('研究团队在论文[1]和[2]中报告了这一结果，A&B公司也参与其中。')).toEqual([]);
    expect(leaks('气温在 <5℃ 时，路面容易结冰。')).toEqual([]);
    // Set apart by spaces inside the writer's sentence: the writer's example, wherever the text is.
    expect(leaks('老用户都知道，回帖时写 [i]斜体[/i] 就行。')).toEqual([]);
    // A summit (论坛) is no talk of markup: a leak in its story is hidden.
    expect(leaks('本届高峰论坛共有八百人参加。&ndash;&gt;')).toEqual([['&ndash;&gt;', 'hidden']]);
  });
});

describe('microblog topics glued into the writer’s text (family seo)', () => {
  const page = '市集重新开张\n周末的市集重新开张，摊位比去年多了一倍。';
  const topics = (text: string): [string, string][] => found(findTagLines(text, false, `${page}\n${text}`), text);

  it('hides topics after a paragraph’s last stop, after a ； with the writer’s clause going on, and between sentences', () => {
    expect(topics('摊主们一早就来布置。#晚餐吃点啥# #追剧时间#')).toEqual([['#晚餐吃点啥# #追剧时间#', 'hidden']]);
    expect(topics('不少摊位卖手工皂；#萌宠日记#也有人现场画肖像。')).toEqual([['#萌宠日记#', 'hidden']]);
    expect(topics('主办方准备了音乐表演。#健身打卡# 下午还有亲子活动。')).toEqual([['#健身打卡#', 'hidden']]);
  });

  it('leaves a topic the writer names inside a sentence, and only marks one on the story’s topic or in talk of topics', () => {
    expect(topics('网友发起的#周末逛市集#在本地论坛上很受欢迎。')).toEqual([]);
    expect(topics('主办方说，#周末市集#已经办到第三届。')).toEqual([['#周末市集#', 'suspect']]);
    expect(topics('活动当天，#城市慢生活#登上了同城热搜。')).toEqual([['#城市慢生活#', 'suspect']]);
  });
});
