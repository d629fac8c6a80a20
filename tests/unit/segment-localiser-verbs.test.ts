import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Sentences written for these tests; jieba's own cut is checked too, so a case that stops
// exercising the rule (a jieba upgrade) fails instead of passing for free.
const segmenter = createNodeSegmenter();
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('a verb opened by 上 or 下 takes back its character from the complement (localiser-verbs.ts)', () => {
  it.each([
    ['同学们把照片上传到班级相册。', '照片|上|传到|班级', '照片|上传|到|班级'],
    ['一批干部被下放到农村。', '被|下|放到|农村', '被|下放|到|农村'],
    ['这趟列车上行至北京。', '上|行至|北京', '上行|至|北京'],
  ])('%s', (text, pieces, expected) => {
    expect(jiebaAlone(text)).toContain(pieces);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // 中 is left to jieba: "in the cost, count in" (成本|中|计入), no verb 中计 "fall into a trap"
    ['企业应在成本中计入这笔费用。', '成本|中|计入|这笔'],
    // 上演 is a verb, but 演出 "perform" is a word CC-CEDICT knows: on the stage, perform
    ['演员们在舞台上演出一部话剧。', '舞台|上|演出|一部'],
  ])('leaves alone %s', (text, expected) => expect(regrouped(text)).toContain(expected));
});
