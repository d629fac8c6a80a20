import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Sentences written for these tests. Each case also shows what jieba alone does, so a case that
// stops exercising its rule (a jieba upgrade) fails loudly instead of passing for free.
const segmenter = createNodeSegmenter(['下访']);
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('guesses that glue a function word are cut back', () => {
  it.each([
    ['记者在发布会上称，新馆下月开放。', '上称', '发布会|上|称'],
    ['厂长在大会上作了检讨。', '上作', '大会|上|作|了'],
    ['他在座谈会上称，今年的收成不错。', '上称', '座谈会|上|称'],
    ['小刘请大家吃饭，老韩没来。', '刘请', '小刘|请'],
  ])('%s', (text, glued, expected) => {
    expect(jiebaAlone(text)).toContain(glued);
    expect(regrouped(text)).toContain(expected);
  });

  it('leaves a guess CC-CEDICT knows whole (据信)', () => {
    expect(regrouped('据信，嫌疑人已经离开本市。')).toContain('据信|，');
  });
});

describe('personal names are one group', () => {
  it('joins a surname-led guess and the given character jieba left out', () => {
    const text = '村民王梓萱和张雨霏一起报了名。';
    expect(jiebaAlone(text)).toContain('王梓|萱|和|张雨|霏');
    expect(regrouped(text)).toContain('王梓萱|和|张雨霏');
  });

  it('takes a conjunction as the last given character only before punctuation (苏小和、)', () => {
    const text = '主持人苏小和、嘉宾陈明都到了。';
    expect(jiebaAlone(text)).toContain('苏小|和|、');
    expect(regrouped(text)).toContain('苏小和|、');
    expect(regrouped('记者苏小和王刚都到了。')).not.toContain('苏小和');
  });

  it('joins 小 / 老 and a surname, the familiar address', () => {
    expect(jiebaAlone('小刘请大家吃饭，老韩没来。')).toContain('小|刘请');
    expect(regrouped('小刘请大家吃饭，老韩没来。')).toMatch(/^小刘\|请.*\|老韩\|/);
  });

  it('leaves words after a surname-like character alone', () => {
    expect(regrouped('礼堂能容纳五百人。')).toContain('能|容纳');
    expect(regrouped('这些陶制品很精美。')).toContain('陶|制品');
  });
});

describe('transliterated foreign names are one group', () => {
  it.each([
    ['选手德约科维奇夺冠。', '德约|科维奇', '德约科维奇'],
    ['游客在马斯卡拉纳拍照。', '马|斯卡拉|纳', '马斯卡拉纳'],
  ])('%s', (text, split, joined) => {
    expect(jiebaAlone(text)).toContain(split);
    expect(segmenter.cut(text)).toContain(joined);
  });

  it('does not join ordinary words jieba tags as names (登门|道谢)', () => {
    expect(regrouped('他们拎着西瓜登门道谢。')).toContain('登门|道谢');
  });
});

describe('place names are one group', () => {
  it('joins a run of one-character province names (京|港澳)', () => {
    const text = '车辆在京港澳高速上排起长龙。';
    expect(jiebaAlone(text)).toContain('京|港澳');
    expect(regrouped(text)).toContain('京港澳|高速');
  });

  it('gives a village or landform name its last character back (李家沟|村, 刘家|洼)', () => {
    expect(jiebaAlone('会议在李家沟村举行。')).toContain('李家沟|村');
    expect(regrouped('会议在李家沟村举行。')).toContain('李家沟村');
    expect(regrouped('小李家住在刘家洼。')).toContain('刘家洼');
  });

  it('reads a name again as the text first wrote it (赵王河, then 赵王|河内 → 赵王河|内)', () => {
    const text = '污水排进了支流赵王河，赵王河内漂着油污。';
    expect(jiebaAlone(text)).toContain('赵王|河内');
    expect(regrouped(text)).toContain('赵王河|内|漂着');
  });
});

describe('fixed expressions', () => {
  it('keeps 上百 / 上千 whole before a measure word (上百|名, not 上|百名)', () => {
    const text = '救援队救出了上百名被困群众。';
    expect(jiebaAlone(text)).toContain('上|百名');
    expect(regrouped(text)).toContain('上百|名');
  });

  it('keeps numbered five-year plans whole (十三五 as jieba keeps 十四五)', () => {
    const text = '工程预计在十三五期间完成，十二五时期已经开工。';
    expect(jiebaAlone(text)).toContain('十三|五');
    expect(segmenter.cut(text)).toEqual(expect.arrayContaining(['十三五', '十二五']));
  });

  it('keeps a glossary term whole against a dictionary word reaching into it (向|下访)', () => {
    const text = '干部们向下访的群众了解情况。';
    expect(jiebaAlone(text)).toContain('向下|访');
    expect(regrouped(text)).toContain('向|下访');
  });

  it("gives a day of the month its 日 back (12日|晚, not 日晚)", () => {
    const text = '他们将于5月12日晚抵达。';
    expect(jiebaAlone(text)).toContain('日晚');
    expect(regrouped(text)).toContain('12|日|晚');
  });
});

describe('the regrouped words are still the text', () => {
  it('joins back to the input and tags every word', () => {
    const text = '据新华社电　特雷姆萨村12日发生冲突，哈桑说：“局势严峻。”';
    const tagged = segmenter.tag!(text);
    expect(tagged.map((w) => w.word).join('')).toBe(text);
    expect(tagged.map((w) => w.word)).toEqual(segmenter.cut(text));
    expect(tagged.every((w) => typeof w.tag === 'string')).toBe(true);
  });
});

describe("jieba's dictionary phrases of a word and a function character are cut", () => {
  it.each([
    ['孩子们上课时不准玩手机。', '上课时', '上课|时|不准'],
    ['爷爷每天睡觉时都开着灯。', '睡觉时', '睡觉|时|都'],
    ['他今天是从上海来的。', '是从', '是|从|上海'],
    ['是因为下雨，比赛才推迟了。', '是因为', '是|因为'],
    ['第一是价格高，第二则是质量差。', '第二则', '第二|则|是'],
  ])('%s', (text, phrase, expected) => {
    expect(jiebaAlone(text)).toContain(phrase);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // a numeral and the measure word 则 (the second item), a rule, a one-character head, an adverb
    ['两条消息，第二则更重要。', '第二则'],
    ['他们遵循自然法则生活。', '自然法则'],
    ['他先是笑了，然后哭了。', '先是'],
  ])('keeps %s whole', (text, word) => {
    expect(regrouped(text)).toContain(`|${word}|`);
  });
});
