import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Sentences written for these tests; jieba's own cut is checked too, so a case that stops
// exercising the rule (a jieba upgrade) fails instead of passing for free.
const segmenter = createNodeSegmenter();
const withoutModel = createNodeSegmenter([], { withModel: false });
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('a place opening with a conjunction gives it back where the sentence reads so (conjunction-places.ts)', () => {
  it.each([
    ['老师和县医院的医生一起下乡义诊。', '老师|和县|医院', '老师|和|县|医院'],
    ['志愿者和县卫生局的人员到了现场。', '志愿者|和县|卫生局', '志愿者|和|县|卫生局'],
  ])('%s', (text, pieces, expected) => {
    expect(jiebaAlone(text)).toContain(pieces);
    expect(regrouped(text)).toContain(expected);
  });

  it('needs the language model: without it the place stays', () => {
    expect(withoutModel.cut('老师和县医院的医生一起下乡义诊。').join('|')).toContain('老师|和县|医院');
  });

  it.each([
    // the county itself: after its province or city, or where the sentence reads it as a place
    ['他是安徽省和县人。', '安徽省|和县'],
    ['我的老家在和县。', '在|和县|。'],
  ])('leaves alone %s', (text, expected) => expect(regrouped(text)).toContain(expected));
});
