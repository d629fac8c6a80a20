/**
 * A writer repeating the headline in the body, in the frames a writer gives it (session 27, QA26's
 * guard page): the headline's clause opening the writer's sentence whose verb it carries, and the whole
 * headline said as the object of the writer's verb. A farm's paste in the same place, before a
 * sentence that stands without it, is still hidden. News sentences written for this test (jieba's
 * Node build and the real language model).
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { restHasPredicate } from '../../src/spam/open-ends';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

/** The title spans of a page, as [tier, text]. */
function titleSpans(title: string, paragraphs: string[]): [string, string][] {
  const found = findInjectedSpans(title, paragraphs, spamTools());
  return found.flatMap((spans, p) => spans.filter((s) => s.family === 'title').map((s): [string, string] => [s.tier, paragraphs[p]?.slice(s.start, s.end) ?? '']));
}
const hidden = (spans: [string, string][]): string[] => spans.filter(([tier]) => tier === 'hidden').map(([, text]) => text);

const SNOW = '暴雪封路 高速交警引导车辆绕行';
const SNOW_LEAD = '本报讯（记者 马骏）昨夜一场暴雪，省内多条高速公路临时封闭，滞留车辆一度排出五公里。';
const SNOW_END = '截至今天中午，封闭路段已全部恢复通行。';

describe('the headline’s clause opening the writer’s sentence, which has no verb without it', () => {
  it('leaves a headline part whose verb the writer’s sentence needs (what follows is only its object)', () => {
    expect(hidden(titleSpans(SNOW, [SNOW_LEAD, '封闭路段的车辆只能掉头下高速。高速交警引导车辆绕行国道一〇七线和省道二一二线。', SNOW_END]))).toEqual([]);
  });

  it('still hides the same part glued before a sentence of the writer’s that stands whole without it', () => {
    expect(hidden(titleSpans(SNOW, [SNOW_LEAD, '封闭路段的车辆只能掉头下高速。高速交警引导车辆绕行司机们在服务区排队加油。', SNOW_END]))).toEqual(['高速交警引导车辆绕行']);
  });

  it('leaves a headline clause inside a one-part headline the same way', () => {
    const title = '气象台提醒沿海渔船回港避风';
    const lead = '本报讯 受今年第十八号台风影响，我省沿海风力明显加大。';
    expect(hidden(titleSpans(title, [lead, '海上风浪已达六米。气象台提醒沿海渔船回港避风东山、南澳一带海域。', '目前，全省已有三千多艘渔船回港。']))).toEqual([]);
  });
});

describe('the whole headline said as the complement of the writer’s copula', () => {
  it('does not hide a headline with a colon that closes the writer’s clause after their verb', () => {
    const title = '新春走基层：大山里的邮递员';
    const paragraphs = ['腊月二十，记者跟着邮递员老杨，走进了深山里的七个村子。', '老杨在这条邮路上走了二十二年，每周进山两趟。', '编辑部把这组报道取名为新春走基层：大山里的邮递员。'];
    expect(hidden(titleSpans(title, paragraphs))).toEqual([]);
  });
});

describe('restHasPredicate', () => {
  const tag = (text: string) => spamTools().segmenter.tag?.(text) ?? [];
  it('reads a sentence with a verb of its own after the stretch as standing alone', () => {
    expect(restHasPredicate('司机们在服务区排队加油。后来', tag)).toBe(true);
  });
  it('reads an object or a place up to the stop as needing the stretch', () => {
    expect(restHasPredicate('国道一〇七线和省道二一二线。司机们排队加油', tag)).toBe(false);
  });
});
