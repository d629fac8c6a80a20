/**
 * Session 25's features of what a run is (furniture-nature.ts), the trim step (furniture-trim.ts) and
 * a run's place (furniture-features.ts runPlace). Sentences written for this test (none from the
 * generators' vocabularies, the corpus or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { NATURE_FEATURES, naturePage, natureFeatures } from '../../src/spam/furniture-nature';
import { furnitureRuns } from '../../src/spam/furniture-candidates';
import { languageBreaks } from '../../src/spam/furniture-trim';
import { FURNITURE_FEATURES, furnitureFeatures, furniturePage, runPlace } from '../../src/spam/furniture-features';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '河堤加固工程完工 沿岸村庄汛期更安心';
const HOST = [
  '县水利局介绍，河堤加固工程历时八个月，新修堤段长两公里。',
  '沿岸三个村的村民说，往年汛期要轮流守堤，今年可以安心收稻子了。',
  '工程队负责人表示，堤上还要种草护坡，明年春天完成绿化。',
];
const feature = (values: readonly number[], name: string): number => values[NATURE_FEATURES.indexOf(name as (typeof NATURE_FEATURES)[number])] ?? NaN;

function natureOf(paragraph: string, run: string, host: readonly string[] = HOST): number[] {
  const tools = spamTools();
  const paragraphs = [...host, paragraph];
  const page = naturePage(TITLE, paragraphs, tools.segmenter.tag?.bind(tools.segmenter), tools.isKnownWord);
  const start = paragraph.indexOf(run);
  return natureFeatures(page, paragraph, paragraphs.length - 1, start, start + run.length, false);
}

describe('what a run is (furniture-nature)', () => {
  it('reads a row of slots: numbers with their units, a date, switches between character classes', () => {
    const row = '水位 3.2米 流量 120方/秒 2026-07-14 更新';
    const x = natureOf(row, row);
    expect(feature(x, 'numberUnit')).toBe(1);
    expect(feature(x, 'date')).toBe(1);
    expect(feature(x, 'slots')).toBeGreaterThan(0.3);
    expect(feature(x, 'classSwitches')).toBeGreaterThan(0.2);
    // No clause of the story is as far from plain prose.
    expect(feature(x, 'shapeRarity')).toBeGreaterThan(0.9);
  });
  it('leaves the writer\'s sentence about the same figures plain: no slot shape, shares its words with the story', () => {
    const sentence = '村民说堤上种的草长得很好，汛期守堤的人少了。';
    const x = natureOf(sentence, sentence);
    expect(feature(x, 'slots')).toBe(0);
    // Its commas and stop count as switches too: prose stays well under a row's.
    expect(feature(x, 'classSwitches')).toBeLessThan(0.2);
    expect(feature(x, 'sharedWords')).toBeGreaterThan(0.3);
    expect(feature(x, 'noSharedWord')).toBe(0);
  });
  it('reads a prompt to the reader by its words: a verb first, nothing shared with the story', () => {
    const prompt = '打开下方图片领取福利';
    const x = natureOf(`今年可以安心收稻子了。${prompt}`, prompt);
    expect(feature(x, 'opensVerb')).toBe(1);
    expect(feature(x, 'noSharedWord')).toBe(1);
    expect(feature(x, 'runShare')).toBeLessThan(0.6);
  });
  it('gives a price and a code of letters with digits their own slots', () => {
    const x = natureOf('会员价 ¥39 兑换码 QX7K2M', '会员价 ¥39 兑换码 QX7K2M');
    expect(feature(x, 'price')).toBe(1);
    expect(feature(x, 'code')).toBe(1);
  });
});

describe('the trim step (furniture-trim)', () => {
  it('cuts a row glued to the writer\'s clause where the model reads the break', () => {
    const text = '今年村里的收成还不错阅读 2.3万 点赞 56';
    const breakAt = languageBreaks(spamTools().languageModel!);
    const trimmed = furnitureRuns(text, breakAt).filter((r) => r.grain === 'trimmed').map((r) => text.slice(r.start, r.end));
    expect(trimmed).toEqual(['今年村里的收成还不错', '阅读 2.3万 点赞 56']);
  });
  it('leaves a writer\'s clause that reads as one piece whole', () => {
    const text = '老人每天早上都会到公园里锻炼身体';
    const breakAt = languageBreaks(spamTools().languageModel!);
    expect(furnitureRuns(text, breakAt).filter((r) => r.grain === 'trimmed')).toEqual([]);
  });
  it('adds no trimmed run without a break reader (session 24\'s runs)', () => {
    expect(furnitureRuns('今年村里的收成还不错阅读 2.3万 点赞 56').some((r) => r.grain === 'trimmed')).toBe(false);
  });
});

describe('where a run stands (runPlace)', () => {
  const placeOf = (paragraph: string, run: string): string => {
    const page = furniturePage(TITLE, [...HOST, paragraph]);
    const found = furnitureRuns(paragraph).find((r) => paragraph.slice(r.start, r.end) === run);
    if (!found) throw new Error(run);
    const x = furnitureFeatures(page, paragraph, HOST.length, found);
    return runPlace((i) => x[i] ?? 0);
  };
  it('tells its own paragraph, the tail after the last stop and the inside of the writer\'s sentences apart', () => {
    expect(placeOf('点击进入专题页面', '点击进入专题页面')).toBe('own');
    expect(placeOf('堤上还要种草。点击进入专题页面', '点击进入专题页面')).toBe('tail');
    expect(placeOf('堤上还要种草，点击进入专题页面，明年完成。', '点击进入专题页面')).toBe('inside');
    expect(FURNITURE_FEATURES.length).toBeGreaterThan(NATURE_FEATURES.length);
  });
});
