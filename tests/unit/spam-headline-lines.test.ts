/**
 * A run of the headline standing as a paragraph of its own (src/spam/headline-lines.ts), in news
 * sentences written for this test (jieba's Node build and the real language model): the farm's line
 * is marked, and hidden where the page hid something else; the printed headline and deck, a
 * writer's section heads (plain, numbered or styled) and a caption stay.
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { HEADLINE_LINE_REASONS, isHeadlineRun } from '../../src/spam/headline-lines';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '老街菜市场完成改造 摊主们搬进新大棚';
const LEAD = '记者昨天从街道办获悉，老街菜市场的改造工程已经完成，八十多家摊位全部搬进了新建的大棚。';
const MIDDLE = '以前一下雨，市场里的通道就积满了水，买菜的老人只能踮着脚走。现在地面铺了防滑砖，排水沟也重新挖过。';
const LATER = '卖了二十年豆腐的李阿姨说，新大棚宽敞明亮，冬天也不怕冻手了，来买菜的街坊比以前更多。';
/** The middle paragraph with a farm's pinyin in brackets, twice (hidden by its own finder): the page shows the farm's hand. */
const PINYIN = MIDDLE.replace('积满了水', '积(jī)满了水').replace('防滑砖', '防(fáng)滑砖');
const CLOSING = '街道办表示，下一步还会在市场门口增设自行车停放点。';

/** The title spans of a page, as [tier, text]. */
function titleSpans(paragraphs: string[], title = TITLE): [string, string][] {
  const found = findInjectedSpans(title, paragraphs, spamTools());
  return found.flatMap((spans, p) => spans.filter((s) => s.family === 'title').map((s): [string, string] => [s.tier, paragraphs[p]?.slice(s.start, s.end) ?? '']));
}

/** All spans of a page, as [tier, text]. */
function allSpans(paragraphs: string[], title = TITLE): [string, string][] {
  const found = findInjectedSpans(title, paragraphs, spamTools());
  return found.flatMap((spans, p) => spans.map((s): [string, string] => [s.tier, paragraphs[p]?.slice(s.start, s.end) ?? '']));
}

describe('a run of the headline pasted as a paragraph of its own', () => {
  it('marks it between two of the writer’s paragraphs', () => {
    expect(titleSpans([LEAD, MIDDLE, '菜市场完成改造', LATER, CLOSING])).toEqual([['suspect', '菜市场完成改造']]);
  });

  it('marks it after the last paragraph', () => {
    expect(titleSpans([LEAD, MIDDLE, LATER, CLOSING, '摊主们搬进'])).toEqual([['suspect', '摊主们搬进']]);
  });

  it('hides it where the page hid something else', () => {
    const spans = allSpans([LEAD, PINYIN, '菜市场完成改造', LATER, CLOSING]);
    expect(spans).toContainEqual(['hidden', '菜市场完成改造']);
  });

  it('marks a whole part of the headline standing alone after the story began, never hides it', () => {
    const spans = allSpans([LEAD, PINYIN, '摊主们搬进新大棚', LATER, CLOSING]);
    expect(spans).toContainEqual(['suspect', '摊主们搬进新大棚']);
  });
});

describe('the writer’s and the editor’s lines that repeat the headline', () => {
  it('leaves the printed headline and its deck above the story', () => {
    expect(titleSpans(['老街菜市场完成改造', '摊主们搬进新大棚', LEAD, MIDDLE, LATER, CLOSING])).toEqual([]);
    expect(titleSpans([TITLE, LEAD, MIDDLE, LATER, CLOSING])).toEqual([]);
  });

  it('leaves a section head cut from the headline on a page cut into sections', () => {
    expect(titleSpans([LEAD, '菜市场完成改造', MIDDLE, '豆腐摊的新位置', LATER, CLOSING])).toEqual([]);
  });

  it('leaves a short sentence of the story the headline was cut from, and the whole headline printed again', () => {
    const reasons = (paragraphs: string[]): string[] => findInjectedSpans(TITLE, paragraphs, spamTools()).flatMap((spans) => spans.map((s) => s.reason));
    expect(reasons([LEAD, MIDDLE, '摊主们搬进新大棚。', LATER, CLOSING]).filter((r) => Object.values(HEADLINE_LINE_REASONS).includes(r))).toEqual([]);
    expect(reasons([LEAD, MIDDLE, LATER, CLOSING, '老街菜市场完成改造 摊主们搬进新大棚']).filter((r) => Object.values(HEADLINE_LINE_REASONS).includes(r))).toEqual([]);
  });

  it('leaves numbered and styled heads and a caption', () => {
    const styled = allSpans([LEAD, '■菜市场完成改造', MIDDLE, '【摊主们搬进】', LATER, CLOSING]);
    expect(styled).toEqual([]);
    expect(titleSpans([LEAD, '一、菜市场完成改造', MIDDLE, LATER, CLOSING])).toEqual([]);
    expect(titleSpans([LEAD, MIDDLE, '图为老街菜市场完成改造后的新大棚。', LATER, CLOSING])).toEqual([]);
  });
});

describe('isHeadlineRun', () => {
  it('reads a line’s Han characters against the headline’s, whatever marks it is printed with', () => {
    expect(isHeadlineRun('■菜市场完成改造', TITLE)).toBe(true);
    expect(isHeadlineRun('【摊主们搬进】', TITLE)).toBe(true);
    expect(isHeadlineRun('豆腐摊的新位置', TITLE)).toBe(false);
    expect(isHeadlineRun('老街', TITLE)).toBe(false);
  });
});
