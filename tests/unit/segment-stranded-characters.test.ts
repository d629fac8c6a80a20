import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Sentences written for these tests; jieba's own cut is checked too, so a case that stops
// exercising the rule (a jieba upgrade) fails instead of passing for free.
const segmenter = createNodeSegmenter();
const withoutModel = createNodeSegmenter([], { withModel: false });
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('a content character jieba left alone beside a longer word that could take it (stranded-characters.ts)', () => {
  it.each([
    ['他家远离上海市区。', '上海市|区', '上海|市区'],
    ['而车窗玻璃碎了一地。', '窗玻璃', '车窗|玻璃'],
  ])('%s', (text, pieces, expected) => {
    expect(jiebaAlone(text)).toContain(pieces);
    expect(regrouped(text)).toContain(expected);
  });

  it('needs the language model: without it jieba’s cut stays', () => {
    expect(withoutModel.cut('他家远离上海市区。').join('|')).toContain('上海市|区');
  });

  it.each([
    // 人 after a people is its people, as 中国|人
    ['撒拉族人喜欢唱歌。', '撒拉族|人'],
    // a one-character verb before a word: its object (迎新 is a word, 迎|新世纪 the phrase)
    ['他要迎新世纪的挑战。', '迎|新世纪'],
    // a number stands alone (百万千 is no word of the sentence)
    ['总容量三百万千伏安。', '三百万|千伏安'],
    // the model reads jieba's cut better (小女|孩儿 is no reading of "a little girl")
    ['一个小女孩儿在门口哭。', '小|女孩儿'],
  ])('leaves jieba’s cut: %s', (text, expected) => {
    expect(jiebaAlone(text)).toContain(expected);
    expect(regrouped(text)).toContain(expected);
  });

  // session 23: no word is left before the pair, so the noun takes the character whole
  it('新修了一条非机动车道 → 非机动车道', () => {
    const text = '新修了一条非机动车道，骑车更安全。';
    expect(jiebaAlone(text)).toContain('非机动车|道');
    expect(regrouped(text)).toContain('|非机动车道|');
  });
});
