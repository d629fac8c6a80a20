/**
 * A horoscope or almanac line pasted into the story (issue 12, session 22): hidden in the widget's form
 * with an end of its own, marked where its told fortune may run on; the writer's sentences about
 * horoscopes stay. Strings written for this test (none from the generator's vocabularies or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findHoroscopeLines } from '../../src/spam/find-horoscope-lines';

const PAGE = '江边的老码头改成了露天书吧，周末常有附近的孩子来读书。';
const lines = (text: string): string[] => findHoroscopeLines(text, PAGE).map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

describe('horoscope lines (find-horoscope-lines)', () => {
  it('hides the widget’s slots that close, glued anywhere', () => {
    expect(lines('书吧上周开门，双鱼座 4星 幸运数字：3周末常有孩子来。')).toEqual(['hidden:双鱼座 4星 幸运数字：3']);
    expect(lines('书吧上周开门。属兔 爱情78% 财运64%')).toEqual(['hidden:属兔 爱情78% 财运64%']);
  });

  it('hides a labelled fortune that ends at its own stop, marks one whose end runs on', () => {
    expect(lines('书吧上周开门。〔星运〕射手座本月事业运上升。')).toEqual(['hidden:〔星运〕射手座本月事业运上升。']);
    expect(lines('书吧上周开门，射手座运势：贵人相助周末常有附近的孩子来读书。')).toEqual(['suspect:射手座运势：贵人相助周末常有附近的孩子来读书']);
  });

  it('leaves the writer’s sentences about horoscopes, and marks a sign and a luck in the writer’s clause', () => {
    expect(lines('不少年轻人相信星座运势，专家提醒不必当真。')).toEqual([]);
    expect(lines('算命先生说他属虎，今年财运好，结果被骗了两万元。')).toEqual([]);
    expect(lines('今年属龙的新生儿比去年多了一成。')).toEqual([]);
    expect(lines('摩羯座的老陈每天早上都看一眼运势。')).toEqual(['suspect:摩羯座的老陈每天早上都看一眼运势。']);
  });
});
