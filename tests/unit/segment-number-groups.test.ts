import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';
import { isChineseNumber, joinNumberPieces } from '../../src/segment/number-groups';
import type { TaggedWord } from '../../src/segment/types';

// Sentences written for these tests. Each pipeline case also shows jieba's own pieces, so a case
// that stops exercising the rule (a jieba upgrade) fails instead of passing for free.
const segmenter = createNodeSegmenter();
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');
const words = (cut: string): TaggedWord[] => cut.split(' ').map((w) => {
  const [word, tag] = w.split('/');
  return { word: word!, tag: tag! };
});
const joined = (cut: string): string => joinNumberPieces(words(cut)).map((w) => w.word).join('|');

describe('the grammar of numbers written in characters', () => {
  it.each([
    '六十二', '百分之六十二', '千分之三点二', '百万分之八', '三点五', '零点五', '五点三亿', '二〇二四', '二○○○',
    '两千三百五十万', '一万三千', '三千零五', '三四十', '二十多万', '一百二十多', '几十万', '第三十二', '一千二',
  ])('%s is a number', (text) => expect(isChineseNumber(text)).toBe(true));

  it.each([
    '一', '点五', '零一', '第', '多三', '十分', '万一', '一一', '一点点', '三点五十', '千万一', '○○○',
  ])('%s is not', (text) => expect(isChineseNumber(text)).toBe(false));
});

describe('pieces of one number are joined (number-groups.ts)', () => {
  it.each([
    ['百分之六十/m 二/m ，/x', '百分之六十二|，'],
    ['增长/v 百分之三点/m 五/m', '增长|百分之三点五'],
    ['二/m 〇/x 〇/x 八年/t 春天/t', '二〇〇八年|春天'],
    ['两千/m 三百五十/m 万元/m', '两千三百五十万元'],
    ['约/d 三点/m 五公里/m 外/f', '约|三点五|公里|外'],
    ['一/m 万多平方米/m', '一万多|平方米'],
    ['身高/v 一米/m 八/m ，/x', '身高|一米八|，'],
    ['千分之/i 三点/m 二/m', '千分之三点二'],
    // session 23: a power of ten glued to a unit in a distinguishing word (b) is the number's
    ['五/m 千吨级/b 的/uj 货船/n', '五千|吨级|的|货船'],
    ['三/m 万吨级/b 码头/n', '三万|吨级|码头'],
  ])('%s', (cut, expected) => expect(joined(cut)).toBe(expected));

  it('五千|吨级 in a sentence', () => {
    const text = '这座大桥可以通行五千吨级的货船。';
    expect(jiebaAlone(text)).toContain('五|千吨级');
    expect(regrouped(text)).toContain('|五千|吨级|');
  });

  it.each([
    // 一点 "a little", 十分 "very", 万一 "in case": words, not numbers
    ['有/v 一点/m 累/a', '有|一点|累'],
    ['十分/m 好/a', '十分|好'],
    ['万一/m 下雨/v', '万一|下雨'],
    // a clock time: 三点 and 五十分 are two words (3:50), not the decimal 3.5
    ['三点/m 五/m 十分/m 开会/v', '三点|五十分|开会'],
    ['零点/n 五分/m', '零点|五分'],
    // 零 "and" between a year and a month is no digit of the month
    ['十二年/m 零/m 一个月/m', '十二年|零|一个月'],
    // a measure with a digit after it joins only a lone digit: 一块 and 五花肉 stay
    ['一块/m 五花肉/n', '一块|五花肉'],
    ['一米/m 八/m 个/q', '一米|八|个'],
    // 一个亿 "a hundred million": no number after the measure; a count with no power of ten after it
    ['一个亿/m 的/uj 项目/n', '一个亿|的|项目'],
    ['一米七五/m 的/uj 个子/n', '一米七五|的|个子'],
  ])('leaves alone %s', (cut, expected) => expect(joined(cut)).toBe(expected));

  it.each([
    // jieba's count glued to the number after it: the count keeps its measure, the rest is a number
    ['一个七十/m 亿/m 人口/n', '一个|七十亿|人口'],
    ['一个二十岁/m 的/uj 青年/n', '一个|二十岁|的|青年'],
    ['一个五百/m 万元/m 的/uj 订单/n', '一个|五百万元|的|订单'],
  ])('counts off %s', (cut, expected) => expect(joined(cut)).toBe(expected));
});

describe('numbers in sentences (the segmenter as the extension runs it)', () => {
  it.each([
    ['去年的投票率是百分之六十二，今年更高。', '百分之六十|二', '百分之六十二|，'],
    ['工厂的用电量增长了百分之三点五。', '百分之三点|五', '百分之三点五|。'],
    ['我们村离镇上约三点五公里。', '三点|五公里', '三点五|公里'],
    ['他的个子有一米八，是队里最高的。', '一米|八', '一米八|，'],
    ['这套书两千三百五十万元卖出。', '三百五十|万元', '两千三百五十万元'],
    ['这家工厂拿到了一个四十亿元的订单。', '一个四十|亿元', '一个|四十亿元|的'],
  ])('%s', (text, pieces, expected) => {
    expect(jiebaAlone(text)).toContain(pieces);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    ['今天我有一点累，不想出门。', '有|一点|累'],
    ['这道菜十分好吃。', '十分|好吃'],
    ['万一下雨，活动就改到室内。', '万一|下雨'],
    ['会议下午三点五十分开始。', '三点|五十分'],
  ])('leaves alone %s', (text, expected) => expect(regrouped(text)).toContain(expected));
});
