/**
 * A breadcrumb made of the site's own links, inside the article's root, is the page's working
 * navigation: nothing of it is hidden. The same breadcrumb as dead text (copied with the story) is
 * the farm's. Strings written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import type { LinkRange } from '../../src/spam/types';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '老街菜场改造完成';
const CRUMB = '首页 > 本地 > 城市';
const STORY = '经过三个月的施工，老街菜场的改造工程近日完成，重新向市民开放。';
/** Each section name of the breadcrumb as a link, same site or another. */
const linksOf = (sameSite: boolean): LinkRange[] =>
  ['首页', '本地', '城市'].map((word, target) => ({ start: CRUMB.indexOf(word), end: CRUMB.indexOf(word) + word.length, sameSite, target }));
const found = (links?: LinkRange[][]) => findInjectedSpans(TITLE, [CRUMB, STORY], spamTools(), links)[0]!.map((s) => `${s.tier}:${CRUMB.slice(s.start, s.end)}`);

describe("the site's own navigation inside the article's root", () => {
  it('hides a breadcrumb of dead text, and leaves one made of the same site’s links', () => {
    expect(found().some((f) => f.startsWith('hidden:'))).toBe(true);
    expect(found([linksOf(true), []])).toEqual([]);
  });

  it('still hides one whose links point to another site', () => {
    expect(found([linksOf(false), []]).some((f) => f.startsWith('hidden:'))).toBe(true);
  });
});
