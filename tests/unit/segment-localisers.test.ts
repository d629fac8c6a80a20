import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Sentences written for these tests; jieba's own cut is checked too, so a case that stops
// exercising the rule (a jieba upgrade) fails instead of passing for free.
const segmenter = createNodeSegmenter();
const withoutModel = createNodeSegmenter([], { withModel: false });
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('a localiser jieba guessed into one word with the verb after it (split-glued-guesses.ts, localiserOfNoun)', () => {
  it.each([
    ['茶几上放着一盘水果。', '茶几|上放|着', '茶几|上|放|着'],
    ['空地上堆着一车砖头。', '空地|上堆|着', '空地|上|堆|着'],
    ['池塘里游着几只鸭子。', '池塘|里游|着', '池塘|里|游|着'],
    ['盒子里装着两块饼干。', '盒子|里装|着', '盒子|里|装|着'],
    ['广场上聚着很多人。', '广场|上聚|着', '广场|上|聚|着'],
  ])('%s', (text, pieces, expected) => {
    expect(jiebaAlone(text)).toContain(pieces);
    expect(regrouped(text)).toContain(expected);
  });

  it('needs the language model: without it the guess stays', () => {
    expect(withoutModel.cut('茶几上放着一盘水果。').join('|')).toContain('茶几|上放|着');
  });

  it.each([
    // 外 (and 前 后 内) lead nouns of their own (外框 "outer frame")
    ['镜子外框是木头的。', '外框'],
    // the model knows the pair as a word of its own (上盖 "the covering above")
    ['车站上盖部分还没有用。', '上盖'],
  ])('leaves the guess whole: %s', (text, guess) => {
    expect(jiebaAlone(text)).toContain(guess);
    expect(regrouped(text)).toContain(guess);
  });
});
