import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import type { LinkRange } from '../../src/spam/types';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

/** A link over the first occurrence of `word` in `text`. */
function linkOn(text: string, word: string, sameSite: boolean, target: number): LinkRange {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${text}`);
  return { start, end: start + word.length, sameSite, target };
}

const TITLE = '城南大桥改造工程下月完工 通车后将缓解早高峰拥堵';
const CLEAN = [
  '记者昨天从市交通局获悉，城南大桥改造工程已进入收尾阶段，预计下月完工。',
  '市交通局副局长王建国介绍，大桥拓宽后双向六车道通行，早高峰的拥堵有望明显缓解。王建国说，施工期间的临时便道将在通车后拆除。',
  '承建方路桥集团当天发布公告称，工程总投资约四亿元，比原计划节省了百分之八。',
  '相关阅读：老城区三条道路启动改造 预计年底前完成',
];

/** The site's own links: a person and a place to its tag pages, a company to a stock quote elsewhere, a related story. */
function realLinks(paragraphs: string[]): LinkRange[][] {
  return [
    [linkOn(paragraphs[0]!, '市交通局', true, 0)],
    [linkOn(paragraphs[1]!, '王建国', true, 1)],
    [linkOn(paragraphs[2]!, '路桥集团', false, 2)],
    [linkOn(paragraphs[3]!, '老城区三条道路启动改造 预计年底前完成', true, 3)],
  ];
}

function spansOf(paragraphs: string[], links?: LinkRange[][]) {
  return findInjectedSpans(TITLE, paragraphs, spamTools(), links).flatMap((spans, p) => spans.map((s) => [paragraphs[p]!.slice(s.start, s.end), s.tier]));
}

describe('link text as spam evidence', () => {
  it('keeps every word of a clean article with ordinary inline links', () => {
    expect(spansOf(CLEAN, realLinks(CLEAN))).toEqual([]);
  });

  it('finds keywords a farm pasted as link text to another site, mid-sentence and after the last full stop', () => {
    const farm = [...CLEAN];
    farm[1] = '市交通局副局长王建国介绍，大桥拓宽后双向六车道通行，早高峰的皇冠真人视讯拥堵有望明显缓解。王建国说，施工期间的临时便道将在通车后拆除。';
    farm[2] = `${CLEAN[2]}bet365体育官方`;
    const links = realLinks(farm);
    links[1]!.push(linkOn(farm[1]!, '皇冠真人视讯', false, 9));
    links[2]!.push(linkOn(farm[2]!, 'bet365体育官方', false, 9));
    const found = spansOf(farm, links);
    expect(found.map(([text]) => text)).toEqual(['皇冠真人视讯', 'bet365体育官方']);
  });

  it('does not judge the same text without its link as a link (old callers: no links, no link evidence)', () => {
    const farm = [...CLEAN];
    farm[1] = '市交通局副局长王建国介绍，大桥拓宽后双向六车道通行，早高峰的皇冠真人视讯拥堵有望明显缓解。';
    expect(spansOf(farm).filter(([text]) => text === '皇冠真人视讯')).toEqual([]);
  });

  it('never hides a link to the page\'s own site, whatever its text', () => {
    const farm = [...CLEAN];
    farm[2] = `${CLEAN[2]}bet365体育官方`;
    const links = realLinks(farm);
    links[2]!.push(linkOn(farm[2]!, 'bet365体育官方', true, 2));
    const found = findInjectedSpans(TITLE, farm, spamTools(), links).flat();
    expect(found.filter((s) => s.tier === 'hidden' && s.start >= CLEAN[2]!.length)).toEqual([]);
  });

  // A site that points its keywords at one page of its own (a search, tag or home page), or at a
  // search page with each word as its query (the same word linked again), is not a farm for it.
  const SITE_TITLE = '山区小学用上净水设备 孩子们喝上放心水';
  const SITE = [
    '本报讯 今年秋季开学前，县教育局为全县二十六所山区小学安装了净水设备，孩子们终于喝上了放心水。',
    '过去这些学校的饮用水大多取自山泉，雨季常常浑浊。教育局联合卫生部门逐校检测水质，再按学生人数选配设备。',
    '校长李红梅说，设备安装后学校每月检测一次水质，家长也可以到学校查看检测报告。',
    '下一步，县里还将为山区学校改造食堂和厕所，改善学生的在校生活条件。',
  ];
  const SITE_WORDS: [number, string][] = [[0, '教育局'], [0, '山区'], [0, '净水'], [1, '山泉'], [1, '雨季'], [1, '水质'], [2, '校长'], [2, '家长'], [3, '食堂'], [3, '厕所']];

  it('keeps a site\'s short keyword links that all point at one page of its own', () => {
    const links: LinkRange[][] = SITE.map(() => []);
    for (const [p, word] of SITE_WORDS) links[p]!.push(linkOn(SITE[p]!, word, true, 5));
    links.forEach((l) => l.sort((a, b) => a.start - b.start));
    expect(findInjectedSpans(SITE_TITLE, SITE, spamTools(), links).flat()).toEqual([]);
  });

  it('keeps a site\'s search links, one address per word, a word linked again where it recurs', () => {
    const links: LinkRange[][] = SITE.map(() => []);
    SITE_WORDS.forEach(([p, word], target) => links[p]!.push(linkOn(SITE[p]!, word, true, target)));
    // 水质 again in the third paragraph, to the same search page.
    links[2]!.push(linkOn(SITE[2]!, '水质', true, 5));
    links.forEach((l) => l.sort((a, b) => a.start - b.start));
    expect(findInjectedSpans(SITE_TITLE, SITE, spamTools(), links).flat()).toEqual([]);
  });

  it('finds a farm\'s single keyword linked mid-sentence to another site, with no Latin or digits', () => {
    const farm = [...SITE];
    farm[1] = '过去这些学校的饮用水大多取自山泉，雨季常常浑浊。教育局联合卫生部门逐校检测水质，再按学生人数选配澳门金沙娱乐场设备。';
    const links: LinkRange[][] = farm.map(() => []);
    links[0]!.push(linkOn(farm[0]!, '教育局', true, 1));
    links[1]!.push(linkOn(farm[1]!, '澳门金沙娱乐场', false, 2));
    const found = findInjectedSpans(SITE_TITLE, farm, spamTools(), links).flatMap((spans, p) => spans.map((s) => farm[p]!.slice(s.start, s.end)));
    expect(found).toEqual(['澳门金沙娱乐场']);
  });
});
