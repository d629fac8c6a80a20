/**
 * Recommended lists with no known heading (issue 12, session 17): titles dressed alike as a list's
 * items (numbered, dated, sourced), off the page's topic, with the article going on below, hidden
 * with a short heading line of their own; the writer's numbered points, a numbered caption list and a
 * site's list at the page's end are left. Strings written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findLinkBlocks } from '../../src/spam/find-label-runs';

const STORY = ['新建的社区图书馆昨天开放，首日接待读者八百多人次，馆内藏书三万册。', '馆长介绍，图书馆每周一闭馆，其余时间从上午九点开放到晚上九点。'];
const blocks = (lines: string[]): string[] => findLinkBlocks('社区图书馆开放', lines).flatMap((spans, p) => spans.map((s) => `${s.tier}:${(lines[p] ?? '').slice(s.start, s.end)}`));

describe('dressed title lists (find-label-runs findLinkBlocks)', () => {
  it('hides numbered, dated or sourced off-topic titles mid-article, with a heading line of their own', () => {
    expect(blocks([STORY[0]!, '1. 高铁票改签有新规定', '2. 秋天多吃这几种水果', STORY[1]!])).toEqual(['hidden:1. 高铁票改签有新规定', 'hidden:2. 秋天多吃这几种水果']);
    expect(blocks([STORY[0]!, '别错过', '高铁票改签有新规定 2012-06-11', '秋天多吃这几种水果 2012-06-12', STORY[1]!])).toEqual(['hidden:别错过', 'hidden:高铁票改签有新规定 2012-06-11', 'hidden:秋天多吃这几种水果 2012-06-12']);
    expect(blocks([STORY[0]!, '高铁票改签有新规定（来源：出行网）', '秋天多吃这几种水果（来源：养生网）', STORY[1]!])).toHaveLength(2);
  });

  it('leaves the writer’s numbered points, a caption list, and a list at the page’s end', () => {
    expect(blocks([STORY[0]!, '1、图书馆每周一闭馆', '2、读者办证免费', STORY[1]!])).toEqual([]);
    expect(blocks([STORY[0]!, '1、开馆当天，读者在阅览室看书。（记者摄）', '2、高铁票改签有新规定', '3、秋天多吃这几种水果', STORY[1]!])).toEqual([]);
    expect(blocks([...STORY, '高铁票改签有新规定（6-11）', '秋天多吃这几种水果（6-12）'])).toEqual([]);
  });
});
