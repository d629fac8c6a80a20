/**
 * Another story's news item behind a reporting connective (src/spam/reported-items.ts): marked where
 * its words are nobody's on the page and the writer's text around it is the page's own; never on
 * the writer's own report, a quotation, a digest of unrelated items, or an adverb inside a clause.
 * Every paragraph written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { readPage } from '../../src/spam/page';
import { findReportedItems } from '../../src/spam/reported-items';
import { toSimplified } from '../../src/script/simplified-view';
import { DRAINAGE_TITLE as TITLE, drainageStory as story } from '../fixtures/drainage-story';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const ITEM = '据悉，一家航运公司新订造的十二艘集装箱船将在明年陆续下水';

/** The stretches of the page the finder reads as pasted items. */
function items(paragraphs: string[], title = TITLE): string[] {
  const page = readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
  return findReportedItems(page).map((item) => page.paragraphs[item.paragraph]?.text.slice(item.start, item.end) ?? '');
}

describe('another story’s item behind a reporting connective', () => {
  it('is found closed with a comma, the writer’s sentence going on after it', () => {
    expect(items(story(`以前一下大雨，老城区的街巷就会积水，${ITEM}，如今改造后的管网排水顺畅多了。`))).toEqual([`${ITEM}，`]);
  });

  it('is found between two of the writer’s sentences, after a quotation and at a paragraph’s end', () => {
    expect(items(story(`改造后老城区的街巷排水顺畅多了。${ITEM}。施工队说管网改造还要继续。`))).toEqual([`${ITEM}。`]);
    expect(items(story(`“改造后的街巷排水顺畅多了。”${ITEM}。施工队说管网改造还要继续。`))).toEqual([`${ITEM}。`]);
    expect(items(story(`改造后老城区的街巷排水顺畅多了。${ITEM}。`))).toEqual([`${ITEM}。`]);
  });

  it('takes the item’s next clause when it states another figure of it, and stops at the writer’s', () => {
    const two = `${ITEM}，每艘可装载两万个标准箱`;
    expect(items(story(`以前一下大雨，老城区的街巷就会积水，${two}，如今改造后的管网排水顺畅多了。`))).toEqual([`${two}，`]);
  });

  it('is marked, not hidden, in Traditional too', () => {
    const traditional = ['今年三月開工的老城區雨污分流改造已經完成過半，記者日前跟隨施工隊走訪了幾條改造後的街巷。', '以前一下大雨，老城區的街巷就會積水，據悉，一家航運公司新訂造的十二艘集裝箱船將在明年陸續下水，如今改造後的管網排水順暢多了。', story('')[2] ?? ''];
    const spans = findInjectedSpans('老城區雨污分流改造過半 積水點明顯減少', traditional, spamTools())[1] ?? [];
    const found = spans.filter((s) => s.family === 'sentence');
    expect(found.map((s) => toSimplified((traditional[1] ?? '').slice(s.start, s.end)))).toEqual([`${ITEM}，`]);
    expect(found.map((s) => s.tier)).toEqual(['suspect']);
  });

  it('is not the writer’s own report on the page’s topic', () => {
    expect(items(story('据了解，老城区共有二十六条街巷需要改造，目前已有十四条完成了雨污分流。'))).toEqual([]);
    expect(items(story(`以前一下大雨，老城区的街巷就会积水，据介绍，改造共铺设管网十二公里，如今排水顺畅多了。`))).toEqual([]);
  });

  it('is not read inside a quotation, at a paragraph’s start, or without a figure', () => {
    expect(items(story(`一位居民说：“以前一下大雨街巷就积水，${ITEM}，现在管网好了。”`))).toEqual([]);
    expect(items(story(`${ITEM}。改造后老城区的街巷排水顺畅多了。`))).toEqual([]);
    expect(items(story('改造后老城区的街巷排水顺畅多了。据悉，一家航运公司新订造的集装箱船将陆续下水。施工队说管网改造还要继续。'))).toEqual([]);
  });

  it('is not an adverb inside the writer’s clause', () => {
    expect(items(story('以前一下大雨，老城区的街巷就会积水，同时三百多户居民的出行也受到影响，如今排水顺畅多了。'))).toEqual([]);
  });

  it('finds nothing on a digest of unrelated items, whose neighbours share nothing either', () => {
    const digest = [
      '本周简讯。',
      '西郊苗圃的樱花进入盛花期，游客可以乘坐公交前往观赏。此外，一家航运公司新订造的十二艘集装箱船将在明年陆续下水。图书馆延长了周末的开放时间。',
    ];
    expect(items(digest, '本周简讯')).toEqual([]);
  });
});
