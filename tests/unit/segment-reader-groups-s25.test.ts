import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 25: bound last characters of nouns (bound-suffixes.ts), 从|前年 (from-time-words.ts), fish (fish-names.ts), 以 formulas (yi-formulas.ts).
// Sentences written for these tests; each case shows what jieba alone does, so a case that stops
// exercising its rule fails.
const segmenter = createNodeSegmenter();
const jiebaAlone = (text: string): string => jieba.tag(text, true).map((w) => w.word).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('session 25: bound suffixes and 从|前年', () => {
  it.each([
    // an estate's 苑, a workshop's 坊 after a word of two characters
    ['他家住在玉兰苑小区三号楼。', '玉兰|苑', '|玉兰苑|小区|'],
    ['街角那家草编坊生意不错。', '草编|坊', '|草编坊|生意|'],
    // a chat group: a noun of two characters and 群, its 里 left apart
    ['通知已经发到年级群里了。', '年级|群里', '|年级群|里|了|'],
    ['房东在租户群里发了涨价的消息。', '租户|群里发', '|租户群|里|发|了|'],
    // a person noun's plural that jieba cut before its 人
    ['社区给老人们送来了棉被。', '老|人们', '|老人|们|'],
    // 从 and the time word 前年
    ['这项补贴从前年起开始发放。', '从前|年', '|从|前年|起|'],
    ['工地从前天起停工了。', '从前|天起', '|从|前天|起|'],
  ])('%s', (sentence, alone, grouped) => {
    expect(jiebaAlone(sentence)).toContain(alone);
    expect(`|${regrouped(sentence)}|`).toContain(grouped);
  });

  it('reads 從前年 in Traditional as its Simplified twin', () => {
    expect(jiebaAlone('这家书店从前年开始卖咖啡。')).toContain('从前|年');
    expect(`|${regrouped('這家書店從前年開始賣咖啡。')}|`).toContain('|從|前年|開始|');
  });

  it.each([
    // a verb's complement before 人们 is the verb's (保护好|人们), a preposition's object is 人们
    ['要保护好人们的饮水安全。', '|好|人们|'],
    ['这件事让人们很感动。', '|让|人们|'],
    // 苑 as a surname before a given name, 坊 opening a guessed word, 从前 "formerly" before a word
    ['老师苑咏在会上发言。', '|老师|苑|'],
    ['他查阅了北京坊巷志稿。', '|北京|坊|'],
    ['从前，年轻人都去城里打工。', '|从前|，|年轻人|'],
    ['从前年轻人很少出远门。', '|从前|年轻人|'],
    ['从前人的经验里学东西。', '|从前|人|'],
  ])('leaves %s', (sentence, kept) => {
    expect(`|${regrouped(sentence)}|`).toContain(kept);
  });
});

describe('session 25: names of fish (fish-names.ts)', () => {
  it.each([
    ['他钓到了一条黄颡鱼。', '黄|颡|鱼', '|黄颡鱼|'],
    ['水库里有不少翘嘴鲌。', '翘|嘴|鲌', '|翘嘴鲌|'],
    ['渔民捕到了桂花鱼和鲈鱼。', '桂花|鱼', '|桂花鱼|'],
  ])('%s', (sentence, alone, grouped) => {
    expect(jiebaAlone(sentence)).toContain(alone);
    expect(`|${regrouped(sentence)}|`).toContain(grouped);
  });

  it.each([
    ['市场上卖鱼的人不多。', '|卖|鱼|'],
    ['这种鱼很少见。', '|这种|鱼|'],
    ['他买了一条鱼回家。', '|一条|鱼|'],
  ])('leaves %s', (sentence, kept) => {
    expect(`|${regrouped(sentence)}|`).toContain(kept);
  });
});

describe('session 25: four-character formulas with 以 (yi-formulas.ts)', () => {
  it.each([
    ['商店推出以旧补旧活动。', '以旧|补旧', '|以旧补旧|活动|'],
    ['县里对新建的大棚以奖代补。', '以|奖代补', '|以奖代补|'],
    ['公司坚持以老带新。', '以老带|新', '|以老带新|'],
  ])('%s', (sentence, alone, grouped) => {
    expect(jiebaAlone(sentence)).toContain(alone);
    expect(`|${regrouped(sentence)}|`).toContain(grouped);
  });

  it.each([
    ['以他代替老王值班。', '|以|他|代替|'],
    ['遇到台风要以防万一。', '|以防万一|'],
  ])('leaves %s', (sentence, kept) => {
    expect(`|${regrouped(sentence)}|`).toContain(kept);
  });
});
