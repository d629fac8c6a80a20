/**
 * A site's own related stories as links (相关新闻 / 延伸阅读 lists: headlines, dates, bylines) are
 * off the page's topic by nature; they are marked only where a headline sells what farms sell or
 * carries a grey-market trade word, as related lines in text are (./find-site-lines.ts). Lists
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { decideLinks, LINK_MODEL, type ScoredLink } from '../../src/spam/decide-links';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { LinkRange } from '../../src/spam/types';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '市区三所中学增设课后托管服务';
const STORY = [
  '记者从市教育局获悉，从下月起，市区三所中学将试点增设课后托管服务，学生放学后可在校内完成作业、参加兴趣活动。',
  '教育局相关负责人介绍，托管服务由学校统一组织，家长自愿报名，收费标准将报物价部门核定后公布。',
];

/** The page with `lines` after the story, each headline in `linked` a link to the site's own story page. */
function page(lines: string[], linked: string[], sameSite = true): { paragraphs: string[]; links: LinkRange[][] } {
  const paragraphs = [...STORY, ...lines];
  const links: LinkRange[][] = paragraphs.map(() => []);
  linked.forEach((headline, target) => {
    const p = paragraphs.findIndex((text, i) => i >= STORY.length && text.includes(headline));
    const start = paragraphs[p]!.indexOf(headline);
    links[p]!.push({ start, end: start + headline.length, sameSite, target: target + 1 });
  });
  return { paragraphs, links };
}

describe('a site’s related stories as links', () => {
  const lists: [string, string[], string[], boolean][] = [
    ['a headline a line, under a label', ['相关新闻：', '多部门联合发布新规 明年起施行', '暑期儿童安全提示：远离危险水域', '本市新增两条公交夜班线路'], ['多部门联合发布新规 明年起施行', '暑期儿童安全提示：远离危险水域', '本市新增两条公交夜班线路'], true],
    ['bulleted, with dates', ['相关报道', '· 地铁三号线二期工程月底通车（2012-05-20）', '· 今夏首个高温预警发布（2012-05-18）'], ['地铁三号线二期工程月底通车', '今夏首个高温预警发布'], true],
    ['on one line, to another site, with a byline', ['延伸阅读：全市中小学校园安全大检查启动　新学期校车运营线路公布　（本报记者 王立）'], ['全市中小学校园安全大检查启动', '新学期校车运营线路公布'], false],
  ];

  it.each(lists)('leaves them unmarked: %s', (_, lines, linked, sameSite) => {
    const { paragraphs, links } = page(lines, linked, sameSite);
    const analysed = analyzeSpam(TITLE, paragraphs, spamTools(), links);
    expect(analysed.links.every((l) => l.ownLine)).toBe(true);
    expect(spansOf(analysed).flat()).toEqual([]);
  });

  it('would mark them on the link model alone (the check can fail)', () => {
    const { paragraphs, links } = page(lists[0]![1], lists[0]![2]);
    const analysed = analyzeSpam(TITLE, paragraphs, spamTools(), links);
    expect(analysed.links.some((l) => l.probability >= LINK_MODEL.tiers.suspect)).toBe(true);
  });

  it('keeps judging a short keyword link and a headline inside the article’s prose by the model', () => {
    const { paragraphs, links } = page(['更多精彩：皇冠真人视讯'], ['皇冠真人视讯'], false);
    const analysed = analyzeSpam(TITLE, paragraphs, spamTools(), links);
    expect(analysed.links.map((l) => l.ownLine)).toEqual([false]);
    const inProse = page([], []);
    inProse.links[1]!.push({ start: 0, end: 8, sameSite: true, target: 1 });
    expect(analyzeSpam(TITLE, inProse.paragraphs, spamTools(), inProse.links).links.map((l) => l.ownLine)).toEqual([false]);
  });
});

describe('the decision on a linked headline standing as a line of its own', () => {
  const link = (text: string, probability: number, ownLine = true): ScoredLink => ({ paragraph: 0, link: { start: 0, end: text.length, sameSite: false, target: 1 }, features: [], text, ownLine, probability });
  const tiers = (l: ScoredLink): string[] => decideLinks([l], 1).flat().map((s) => s.tier);
  const high = Math.min(1, LINK_MODEL.tiers.hidden + 0.01);

  it('hides or marks it only where it sells or carries a trade word', () => {
    expect(tiers(link('多部门联合发布新规 明年起施行', high))).toEqual([]);
    expect(tiers(link('在家用手机日赚三百元的兼职方法', high))).toEqual(['hidden']);
    expect(tiers(link('不看征信当天放款的贷款渠道汇总', high))).toEqual(['hidden']);
    expect(tiers(link('这家娱乐城新人首充就送大礼包', high))).toEqual(['hidden']);
  });

  it('does not count a bet word without a tip, or a crackdown on the trade, as selling', () => {
    expect(tiers(link('三部门联合打击网络赌博违法犯罪', high))).toEqual([]);
  });

  it('leaves the model’s word on any other link', () => {
    expect(tiers(link('多部门联合发布新规 明年起施行', high, false))).toEqual(['hidden']);
    expect(tiers(link('在家用手机日赚三百元的兼职方法', LINK_MODEL.tiers.suspect / 2))).toEqual([]);
  });

  it('session 31: only marks a link in the site’s own credit line, whatever the model says', () => {
    expect(tiers({ ...link('来源：江城晚报', high, false), creditLine: true })).toEqual(['suspect']);
    expect(tiers({ ...link('来源：江城晚报', high, false), creditLine: false })).toEqual(['hidden']);
  });
});

// Session 31, written for this test: the site's source line under the headline, its outlet linked to another site.
describe('a linked source in the site’s own credit line', () => {
  const withCredit = (line: string, linked: string): { paragraphs: string[]; links: LinkRange[][] } => {
    const paragraphs = [line, ...STORY];
    const start = line.indexOf(linked);
    return { paragraphs, links: [[{ start, end: start + linked.length, sameSite: false, target: 1 }], [], []] };
  };

  it('never hides it, in Simplified or Traditional', () => {
    for (const [line, linked] of [
      ['来源：江城晚报　2026-11-28 09:05', '来源：江城晚报'],
      ['來源：港城日報　2026-11-28 09:05', '來源：港城日報'],
      ['来源：江城晚报 2026-11-28 09:05', '江城晚报'],
    ] as const) {
      const { paragraphs, links } = withCredit(line, linked);
      const spans = spansOf(analyzeSpam(TITLE, paragraphs, spamTools(), links))[0] ?? [];
      expect(spans.filter((s) => s.tier === 'hidden'), line).toEqual([]);
    }
  });

  it('reads a line with more than credit fields as before: the link is judged by the model', () => {
    const { paragraphs, links } = withCredit('来源：江城晚报　更多精彩：皇冠真人视讯', '皇冠真人视讯');
    const analysed = analyzeSpam(TITLE, paragraphs, spamTools(), links);
    expect(analysed.links.map((l) => l.creditLine)).toEqual([false]);
  });
});
