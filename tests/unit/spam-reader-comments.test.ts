/**
 * Fake reader comments (issue 12, session 17): a block of "name: remark" lines is hidden with the
 * platform's marks or a comments heading, marked bare; a transcript, a vox pop whose speakers the story
 * names, a fact box and a credits block are left. Strings written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findReaderComments } from '../../src/spam/find-reader-comments';

const STORY = '新建的社区图书馆昨天开放，首日接待读者八百多人次，馆内藏书三万册。';
const tiers = (paragraphs: string[], known: string[] = []): string[] =>
  findReaderComments(paragraphs, (w) => known.includes(w)).flatMap((spans, p) => spans.map((s) => `${s.tier}:${(paragraphs[p] ?? '').slice(s.start, s.end)}`));

describe('reader comments (find-reader-comments)', () => {
  it('hides a block of comments with likes or times, or under a comments heading', () => {
    expect(tiers([STORY, '爱喝豆浆的猫：周末带孩子去看看 赞(31)', 'tom_1990：终于不用跑远路了 5小时前', STORY])).toEqual(['hidden:爱喝豆浆的猫：周末带孩子去看看 赞(31)', 'hidden:tom_1990：终于不用跑远路了 5小时前']);
    expect(tiers([STORY, '【精彩留言】', '山那边的海：好地方', '一棵白杨：希望多买点新书', STORY])).toEqual(['hidden:【精彩留言】', 'hidden:山那边的海：好地方', 'hidden:一棵白杨：希望多买点新书']);
    expect(tiers([STORY, '3楼 网友“晚风”（湖南）：支持！ 12赞', '4楼 @大白兔：开放到几点？ 刚刚', STORY])).toHaveLength(2);
  });

  it('hides comments glued after a sentence or under an inline heading, marks a bare block', () => {
    expect(tiers([`${STORY}热门评论：山那边的海：好地方 一棵白杨：希望多买点新书`, STORY])).toEqual(['hidden:热门评论：山那边的海：好地方 一棵白杨：希望多买点新书']);
    expect(tiers([`${STORY}山那边的海：好地方 赞(8) 一棵白杨：希望多买点新书 2天前`, STORY])).toEqual(['hidden:山那边的海：好地方 赞(8) 一棵白杨：希望多买点新书 2天前']);
    expect(tiers([STORY, '山那边的海：好地方', '一棵白杨：希望多买点新书', STORY])).toEqual(['suspect:山那边的海：好地方', 'suspect:一棵白杨：希望多买点新书']);
  });

  it('leaves a transcript, the story’s own speakers, fact boxes and credits', () => {
    expect(tiers([STORY, '记者：图书馆什么时候闭馆？', '馆长：晚上九点。', STORY])).toEqual([]);
    expect(tiers(['馆长刘明介绍了开馆安排，读者王芳也谈了感受。', '刘明：每周一闭馆。', '王芳：离家很近，很方便。'])).toEqual([]);
    expect(tiers([STORY, '姓名：刘明', '年龄：45岁', '职业：馆长'], ['姓名', '年龄', '职业'])).toEqual([]);
    expect(tiers([STORY, '活动主办：市文化局', '战略合作：市图书馆'])).toEqual([]);
    expect(tiers([`${STORY}张老师：好 李同学：对`, STORY])).toEqual([]);
    // A forecast by day (written for this test): dated lines, not posters.
    expect(tiers([STORY, '11月3日（周二）：小雨转阴，最高气温9℃，最低气温2℃；', '11月4日（周三）：阴，偏东风三级，最高气温7℃；', '11月5日：晴，最低气温零下2℃。'])).toEqual([]);
  });
});
