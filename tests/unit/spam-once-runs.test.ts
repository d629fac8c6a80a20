/**
 * A line pasted once between the writer's seams, marked by the page's cohesion
 * (src/spam/find-once-runs.ts): marked — never hidden — where it echoes nothing on a page whose
 * clauses echo each other; never the writer's clauses that carry the story's words, and nothing at
 * all on a page of unrelated statements (a list, a digest) or a short page. Every paragraph written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { readPage } from '../../src/spam/page';
import { MARK_LOG_ODDS, onceRunSpans, scoredOnceRuns } from '../../src/spam/find-once-runs';
import { clausesOf } from '../../src/spam/once-runs';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '老城区南门桥加固工程完工 桥面恢复双向通行';
const story = (second: string): string[] => [
  '老城区南门桥加固工程昨天完工，南门桥桥面恢复双向通行，附近居民出行不用再绕道东门。',
  second,
  '南门桥建于上世纪八十年代，是老城区连接南北两岸的主要通道。去年的桥梁检测发现，南门桥的桥墩多处出现裂缝，支座也有不同程度的老化，区里随即决定对南门桥进行加固。',
  '加固工程今年三月开工，施工单位为南门桥更换了全部支座，并对六个桥墩进行了包裹加固。为了减少对居民出行的影响，加固工程采取半幅施工的方式，南门桥始终保留一条车道通行。',
  '施工期间，南门桥两侧的人行道也进行了翻新，桥面重新铺设了沥青，桥头新增了两处公交停靠站。不少居民表示，加固之后的南门桥走起来更加平稳了。',
  '区住建局负责人介绍，南门桥加固之后，区里还将对老城区另外四座老桥进行检测，检测结果将向居民公开。对检测中发现问题的老桥，区里将参照南门桥的做法，分批进行加固。',
];
const SECOND = '加固工程期间，南门桥只开放一条车道，南门桥桥头早晚高峰经常排起长队。';
const AFTER = '加固工程完工后，南门桥桥头的临时信号灯已经撤除。';

/** The stretches the finder marks, with their tier. */
function marked(paragraphs: string[], title = TITLE): string[] {
  const page = readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
  return onceRunSpans(page).flatMap((spans, p) => spans.map((s) => `${s.tier}:${paragraphs[p]?.slice(s.start, s.end) ?? ''}`));
}

/** The page's best-scored run. */
function best(paragraphs: string[], title = TITLE): string {
  const page = readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
  const [top] = scoredOnceRuns(page).sort((a, b) => b.logOdds - a.logOdds);
  return top ? (page.paragraphs[top.paragraph]?.text.slice(top.start, top.end) ?? '') : '';
}

/** The story with `line` between two of the writer's sentences, at a paragraph's end, and as a paragraph of its own. */
function placed(line: string): string[][] {
  const own = story(SECOND);
  own.splice(2, 0, line);
  return [story(`${SECOND}${line}${AFTER}`), story(`${SECOND}${line}`), own];
}

describe('a line pasted once, read by the page’s cohesion', () => {
  const paste = '下个月就要考驾照了心里慌得不行。';

  it('is marked, not hidden, between two of the writer’s sentences', () => {
    expect(marked(story(`${SECOND}${paste}${AFTER}`))).toEqual([`suspect:${paste}`]);
  });

  // Session 30 raised the level (1.5 → 2.5, the new held-out's precision): at a paragraph's end and as
  // a paragraph of its own this six-paragraph story gives the paste too little to be marked, but it is
  // still the page's best-scored run.
  it('ranks first on the page in every place', () => {
    for (const paragraphs of placed(paste)) expect(best(paragraphs)).toBe(paste);
  });

  it('ranks another story’s news sentence above every clause of the writer', () => {
    const news = '据海关统计，上半年全省水果出口额同比增长一成半。';
    for (const paragraphs of placed(news)) expect(best(paragraphs)).toBe(news);
  });

  it('leaves the writer’s own digressions unmarked: a scene, a rule in force', () => {
    for (const digression of ['桥下的河水静静地流着，几只白鹭在浅滩上觅食。', '按照规定，城市桥梁每年至少要进行一次常规检测。']) {
      for (const paragraphs of placed(digression)) expect(marked(paragraphs)).toEqual([]);
    }
  });

  it('leaves the writer’s story alone', () => {
    expect(marked(story(SECOND))).toEqual([]);
    expect(marked(story(`${SECOND}${AFTER}`))).toEqual([]);
  });

  it('reads nothing on a page of unrelated statements', () => {
    const list = [
      '市图书馆周一闭馆，周二至周日开放，开放时间为早上九点到晚上八点。',
      '长途汽车站新开通了两条前往邻省的线路，每天各发车四班。',
      '今年的枇杷上市比往年早了半个月，果农说主要是开春气温偏高。',
      `第三中学的合唱团在省里的比赛中拿了一等奖。${paste}`,
      '这个周末有小雨，最高气温二十度左右，出门记得带伞。',
      '社区医院的疫苗接种点搬到了二楼，接种前需要在手机上预约。',
    ];
    expect(marked(list, '本周生活资讯')).toEqual([]);
  });

  it('reads nothing on a short page', () => {
    expect(marked([`南门桥加固工程昨天完工。${paste}`])).toEqual([]);
  });

  // The product asks only for the runs reaching its level and skips the costly features of runs whose
  // cheap ones already keep them below it: the same runs, with the same scores, must come out.
  it('gives the same runs at a level as scoring every run in full', () => {
    for (const paragraphs of [...placed(paste), story(SECOND)]) {
      const page = readPage(TITLE, paragraphs, paragraphs.map(() => []), spamTools());
      const full = scoredOnceRuns(page);
      for (const level of [-Infinity, -2, 0, 1, MARK_LOG_ODDS]) {
        const wanted = full.filter((r) => r.logOdds >= level);
        expect(scoredOnceRuns(page, level)).toEqual(wanted);
      }
      // Not a vacuous check: the page is read, and at the mark level runs are left out.
      expect(full.length).toBeGreaterThan(0);
      expect(full.filter((r) => r.logOdds >= MARK_LOG_ODDS).length).toBeLessThan(full.length);
    }
  });

  it('is marked in the whole pipeline too, and the page’s text stays', () => {
    const paragraphs = story(`${SECOND}${paste}${AFTER}`);
    const spans = findInjectedSpans(TITLE, paragraphs, spamTools()).flat();
    expect(spans.filter((s) => s.tier === 'hidden')).toEqual([]);
    expect(spans.some((s) => s.tier === 'suspect' && s.family === 'sentence')).toBe(true);
  });
});

describe('the clauses of a paragraph', () => {
  it('run to each clause mark or stop, closing quotes included, and to the paragraph’s end', () => {
    const text = '他说：“桥修好了。”大家都很高兴，晚上';
    expect(clausesOf(text).map((c) => text.slice(c.start, c.end))).toEqual(['他说：', '“桥修好了。”', '大家都很高兴，', '晚上']);
  });
});
