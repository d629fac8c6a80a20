/**
 * A reader's comment row pasted into the writer's text (issue 12, session 22): hidden where its handle
 * or the platform's marks show it and its end is certain, marked where its remark may run on into
 * the writer's clause; the writer's report of comments (有网友留言：“…”, 网友王女士：“…”) stays.
 * Strings written for this test (none from the generator's vocabularies or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findCommentRows } from '../../src/spam/find-comment-rows';

const rows = (text: string, page = ''): string[] => findCommentRows(text, page).map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

const STORY = '江边的老码头改成了露天书吧，周末常有附近的孩子来读书。';

describe('comment rows (find-comment-rows)', () => {
  it('hides a row with the platform marks between sentences, after a comma and at the end', () => {
    expect(rows('书吧上周开门。网友橘子汽水：真想去看看 2小时前书吧由旧仓库改建。')).toEqual(['hidden:网友橘子汽水：真想去看看 2小时前']);
    expect(rows('旧仓库改建后，用户晚风吹过：已收藏 👍 16书架全用回收木料。')).toEqual(['hidden:用户晚风吹过：已收藏 👍 16']);
    expect(rows('书吧每晚九点关门。9楼 kiwi_77：楼下那家也不错')).toEqual(['hidden:9楼 kiwi_77：楼下那家也不错']);
  });

  it('hides several rows in a row, and a bare nickname only beside them', () => {
    expect(rows('书吧每晚九点关门。@豆沙包：周末人多吗？ 回复\u3000糖糖：好地方')).toEqual(['hidden:@豆沙包：周末人多吗？ 回复\u3000糖糖：好地方']);
    expect(rows('书吧每晚九点关门。#7 江上清风: 真不错 | 5F 阿木：顶 3天前 IP属地：湖南')).toEqual(['hidden:#7 江上清风: 真不错 | 5F 阿木：顶 3天前 IP属地：湖南']);
    expect(rows('糖糖：好地方')).toEqual([]);
  });

  it('marks a row whose remark may run on into the writer’s clause', () => {
    const text = '书吧开门后，@豆沙包：冲书架全用回收木料，看上去很温暖。';
    expect(rows(text, STORY)).toEqual(['suspect:@豆沙包：冲书架全用回收木料']);
    // However short: a comma or a stop may be the writer's (顶 and the writer's 摆渡的老周说).
    expect(rows('渡口新修了候船亭。5F 阿木：顶摆渡的老周说。')).toEqual(['suspect:5F 阿木：顶摆渡的老周说']);
    // Closed by its own ！ but on the story's topic (书架 is the page's word): the writer's clause, marked.
    expect(rows('书吧开门后，@豆沙包：冲书架！看上去很温暖。', '新书架是志愿者做的。')).toEqual(['suspect:@豆沙包：冲书架！']);
  });

  it('hides a short reaction closed by its own mark when none of it is the story’s', () => {
    expect(rows('书吧开门后，@豆沙包：太棒啦！看上去很温暖。', STORY)).toEqual(['hidden:@豆沙包：太棒啦！']);
  });

  it('marks a labelled row standing alone as a line: a roundup of the writer’s may print it so', () => {
    expect(rows('网友橘子汽水：真想去看看')).toEqual(['suspect:网友橘子汽水：真想去看看']);
  });

  it('leaves the writer’s report of comments', () => {
    expect(rows('有网友留言：“希望能开到晚上十点。”')).toEqual([]);
    expect(rows('网友“橘子汽水”在评论区写道，这里适合带孩子来。')).toEqual([]);
    expect(rows('网友李女士：“孩子每周都吵着要来。”')).toEqual([]);
    expect(rows('不少网友评论称，这样的改造值得推广。')).toEqual([]);
    expect(rows('记者：书吧收费吗？负责人：完全免费。')).toEqual([]);
    expect(rows('第三站：2019年5月，书吧在江北开了分店。')).toEqual([]);
  });
});
