import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { cedictHeadwords, createNodeSegmenter } from '../../scripts/segment/node-segmenter';
import { createJiebaSegmenter } from '../../src/segment/segmenter';

// Sentences written for these tests. Each case shows jieba's own cut too, so a case that stops
// exercising the re-cutting (a jieba or model change) fails instead of passing for free.
const segmenter = createNodeSegmenter();
const known = cedictHeadwords();
const withoutModel = createJiebaSegmenter(jieba, [], (word) => known.has(word));
const words = (text: string): string => `|${segmenter.cut(text).join('|')}|`;
const jiebaWords = (text: string): string => `|${withoutModel.cut(text).join('|')}|`;

describe('the language model moves a boundary jieba drew by frequency alone', () => {
  it.each([
    ['我们小区内停满了车。', '|小|区内|', '|小区|内|'],
    ['他用锤子敲碎了车窗玻璃。', '|车|窗玻璃|', '|车窗|玻璃|'],
    ['孩子还没用完这些纸。', '|没用|', '|没|用完|'],
    ['孩子掉进水里了。', '|进水|里|', '|进|水里|'],
  ])('%s', (text, jiebaCut, expected) => {
    expect(jiebaWords(text)).toContain(jiebaCut);
    expect(words(text)).toContain(expected);
  });
});

describe("jieba's cut stands", () => {
  it('where the model would only join words it types as one (都|会, 中国|人)', () => {
    expect(words('他们都会来。')).toContain('|都|会|来|');
    expect(words('这是中国人的骄傲。')).toBe(jiebaWords('这是中国人的骄傲。'));
  });

  it('without a language model', () => {
    expect(jiebaWords('我们小区内停满了车。')).toContain('|小|区内|');
  });

  it('for names, which the model knows too few of', () => {
    expect(words('记者来到梁王河边。')).toBe(jiebaWords('记者来到梁王河边。'));
  });
});
