/**
 * The farm's generic filler dressed as news (src/spam/generic-filler.ts): marked where it opens as
 * advice, a product or an offer, its words are nobody's on the page and the writer's text around it
 * is the page's own; never the writer's own advice on the story's subject, a writer's purpose clause,
 * a quotation, a digest, or the writer's words glued after it. Every paragraph written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { readPage } from '../../src/spam/page';
import { findGenericFiller } from '../../src/spam/generic-filler';
import { DRAINAGE_TITLE as TITLE, drainageStory as story } from '../fixtures/drainage-story';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TIP = '药剂师提醒，感冒药和止痛片不宜同时服用，以免剂量叠加伤肝';

/** The stretches of the page the finder reads as generic filler. */
function filler(paragraphs: string[], title = TITLE): string[] {
  const page = readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
  return findGenericFiller(page).map((f) => page.paragraphs[f.paragraph]?.text.slice(f.start, f.end) ?? '');
}

describe('the farm’s generic filler set in the story', () => {
  it('is found between two of the writer’s sentences, at a paragraph’s end and closed with a comma', () => {
    expect(filler(story(`改造后老城区的街巷排水顺畅多了。${TIP}。施工队说管网改造还要继续。`))).toEqual([`${TIP}。`]);
    expect(filler(story(`改造后老城区的街巷排水顺畅多了。${TIP}。`))).toEqual([`${TIP}。`]);
    expect(filler(story(`以前一下大雨，老城区的街巷就会积水，${TIP}，如今改造后的管网排水顺畅多了。`))).toEqual([`${TIP}，`]);
  });

  it('is found as a product blurb and as an offer behind 据悉', () => {
    // A clause after the blurb's first that neither advises nor offers may be the writer's: left unmarked.
    const blurb = '这款新出的颈椎按摩仪有三档力度，';
    expect(filler(story(`改造后老城区的街巷排水顺畅多了。${blurb}午休时用十分钟就很放松。施工队说管网改造还要继续。`))).toEqual([blurb]);
    const offer = '据悉，这家眼镜店周年庆期间配镜一律打六折';
    expect(filler(story(`以前一下大雨，老城区的街巷就会积水，${offer}，如今改造后的管网排水顺畅多了。`))).toEqual([`${offer}，`]);
  });

  it('is marked, never hidden', () => {
    const paragraphs = story(`改造后老城区的街巷排水顺畅多了。${TIP}。施工队说管网改造还要继续。`);
    const found = (findInjectedSpans(TITLE, paragraphs, spamTools())[1] ?? []).filter((s) => s.family === 'sentence');
    expect(found.map((s) => (paragraphs[1] ?? '').slice(s.start, s.end))).toEqual([`${TIP}。`]);
    expect(found.map((s) => s.tier)).toEqual(['suspect']);
  });

  it('never takes the writer’s words glued after it with no mark of its own', () => {
    const found = filler(story(`以前一下大雨，老城区的街巷就会积水，${TIP}如今改造后的管网排水顺畅多了。`));
    expect(found.every((f) => !f.includes('管网'))).toBe(true);
  });

  it('is not the writer’s own advice on the story’s subject', () => {
    const weather = ['寒潮今天抵达本市，最低气温降到零下八度，多条公交线路调整了发车时间。', '气象台提醒，寒潮期间老人和儿童尽量减少外出，外出时注意防寒保暖。', '气象部门预计，这次寒潮将持续到周末，下周气温逐步回升。'];
    expect(filler(weather, '寒潮抵达本市 最低气温零下八度')).toEqual([]);
  });

  it('is not a writer’s purpose clause, a quotation or a digest', () => {
    expect(filler(story('施工队在街巷两侧加装了排水口，避免雨水倒灌进沿街的商铺和居民家里。'))).toEqual([]);
    expect(filler(story(`一位居民说：“改造后街巷排水顺畅多了，${TIP}，我们都很满意。”`))).toEqual([]);
    const digest = ['本周简讯。', `西郊苗圃的樱花进入盛花期，游客可以乘坐公交前往观赏。${TIP}。图书馆延长了周末的开放时间。`];
    expect(filler(digest, '本周简讯')).toEqual([]);
  });
});
