/**
 * A line of nothing but the site's own credit fields (src/spam/credit-line.ts) is the real page's: the outsider-line
 * finder marks it at most, never hides it (QA29: a real site's source-and-editor line was hidden on 3 guard pages).
 * A farm's own source line (来源：网络综合) or a credit with a request or a notice in it is no credit line and is judged
 * as before. Every line written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isCreditLine } from '../../src/spam/credit-line';
import { outsiderLineSpans } from '../../src/spam/find-outsider-lines';
import { readPage } from '../../src/spam/page';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

describe('credit lines', () => {
  it.each([
    '来源：江城日报 编辑：李明 责任编辑：王芳',
    '发布时间：2024-08-26 09:15:32 来源：江城日报 责任编辑：王芳',
    '2024年08月26日 09:15　来源：江城日报　作者：张华　编辑：李明',
    '来源：经济参考 | 作者：孙伟 | 编辑：刘洋',
    '資料來源：氣象署　編輯：黃怡婷　責任編輯：吳建宏',
    '作者：记者 张华 通讯员 李四 编辑：李明',
    '（来源：江城日报；编辑：李明）',
    // Session 31: a date written with slashes.
    '来源：江城晚报　2026/11/28 09:05',
    '發布時間：2026/11/28 09:05 來源：港城日報',
    // Session 32: a site whose name begins with 网络 / 網路 names itself, not the net.
    '来源：网络观察　2026-12-02 14:34',
    '來源：網路時報　編輯：陳怡',
    // A byline's role set off by a bar or a slash.
    '文｜李四 编辑｜王五',
    '文/图 张三',
    '图/周一',
  ])('%s is one', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    '2024-03-18 14:26　来源：网络综合',
    '来源：网络 侵删',
    '本文来源：江城日报 转载请注明出处',
    '文章来源：江城日报 发布时间：2024-08-26 浏览次数：328次 【字体：大 中 小】',
    '江城日报记者李明报道，全市中小学将于下周一开学。',
    '编辑推荐：十个好去处，周末带娃别错过',
    '来源：江城日报。全市中小学将于下周一正式开学，教育局提醒家长提前准备。',
    '2026/11/28 09:05 来源：网络 侵删',
    '来源：网友投稿 2026-12-02',
    '來源：網絡綜合',
    '文｜李四 请关注我们的公众号',
    '原文/图 张三说的都对吗',
  ])('%s is not', (line) => {
    expect(isCreditLine(line)).toBe(false);
  });
});

const TITLE = '发布时间调整后 江城中小学下周一开学';
const STORY = [
  '全市中小学将于下周一正式开学，各校已完成校舍安全检查和防疫物资准备。',
  '教育局提醒家长提前调整孩子的作息，并关注学校发布的开学须知。',
  '据介绍，今年秋季全市新增中小学学位八千余个，新建学校六所。',
];

function tiers(paragraphs: string[], p: number): [string, string][] {
  const page = readPage(TITLE, paragraphs, paragraphs.map(() => []), spamTools());
  return (outsiderLineSpans(page)[p] ?? []).map((s) => [s.tier, paragraphs[p]?.slice(s.start, s.end) ?? '']);
}

describe('the outsider-line finder on a credit line', () => {
  it('marks the site’s own credit line, never hides it', () => {
    const line = '发布时间：2024-08-26 09:15:32 来源：江城日报 责任编辑：王芳';
    for (const paragraphs of [[line, ...STORY], [...STORY, line], ['来源：江城晚报　2026/11/28 09:05', ...STORY]]) {
      const line = paragraphs.find((text) => text.includes('来源')) ?? '';
      const p = paragraphs.indexOf(line);
      expect(tiers(paragraphs, p).filter(([tier]) => tier === 'hidden')).toEqual([]);
    }
  });

  it('marks a real site’s source line whose name begins with 网络, never hides it', () => {
    const paragraphs = ['来源：网络观察　2026-12-02 14:34', ...STORY];
    expect(tiers(paragraphs, 0).filter(([tier]) => tier === 'hidden')).toEqual([]);
  });

  it('still hides a line with the fields and a call to the reader, or a farm’s source that is nowhere', () => {
    for (const line of ['发布时间：2024-08-26 09:15 来源：江城日报 编辑：李明 欢迎您转发分享', '发布时间：2024-08-26 09:15:32 来源：网络 责任编辑：小编']) {
      const paragraphs = [...STORY, line];
      expect(tiers(paragraphs, paragraphs.length - 1)).toEqual([['hidden', line]]);
    }
  });
});

describe('the editor tags of a credit line', () => {
  it('are marked where the line names its source after the tag, hidden where a tag stands with no source', async () => {
    const { findPlatformRows } = await import('../../src/spam/find-platform-rows');
    const credit = '责任编辑：赵磊 来源：本报综合';
    expect(findPlatformRows(credit).map((s) => s.tier)).toEqual(['suspect']);
    expect(findPlatformRows('编辑：赵敏 审核：孙海').map((s) => s.tier)).toEqual(['hidden']);
    expect(findPlatformRows('责任编辑：赵磊 来源：网络').map((s) => s.tier)).toEqual(['hidden']);
  });
});
