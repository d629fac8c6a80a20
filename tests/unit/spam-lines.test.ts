/**
 * The whole-sentence candidates (src/spam/candidates-whole-sentences.ts) and the features a
 * sentence of another article is read by (src/spam/features-lines.ts), on paragraphs written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { wholeSentenceCandidates } from '../../src/spam/candidates-whole-sentences';
import { hanPairs, hostsWithTopic, lineFeatures, LINE_FEATURES, pairShare } from '../../src/spam/features-lines';
import { findInjectedSpans } from '../../src/spam/index';
import { readPage, type SpamPage } from '../../src/spam/page';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const page = (title: string, paragraphs: string[]): SpamPage => readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
const PASTED = '青海湖的斑头雁今年比去年早到了十二天。';
const paragraphs = [
  `市水务局昨天发布消息，今年汛期前将完成全市排水管网的清淤工作。${PASTED}清淤工作涉及排水管网一千二百公里。`,
  '水务局负责人介绍，清淤工作分三批完成，第一批2013年4月开工。',
];

describe('whole-sentence candidates', () => {
  it('offers a sentence after a full stop and a tail after a comma, never a paragraph’s only sentence', () => {
    const p = page('全市排水管网汛期前完成清淤', [...paragraphs, '水务局负责人介绍，清淤工作分三批完成，第一批2013年4月开工。']);
    const lines = wholeSentenceCandidates(p).map((c) => p.paragraphs[c.paragraph]?.text.slice(c.start, c.end));
    expect(lines).toContain(PASTED);
    expect(lines).toContain('清淤工作分三批完成，第一批2013年4月开工。');
    expect(lines).not.toContain('水务局负责人介绍，清淤工作分三批完成，第一批2013年4月开工。');
    expect(lines.every((l) => l !== undefined && /[。！？]$/u.test(l))).toBe(true);
  });

  it('reads a pasted sentence as following a full stop, and figures the rest of the page never prints', () => {
    const p = page('全市排水管网汛期前完成清淤', paragraphs);
    const candidates = wholeSentenceCandidates(p);
    const rows = lineFeatures(p, candidates);
    const at = (text: string): number[] => rows[candidates.findIndex((c) => p.paragraphs[c.paragraph]?.text.slice(c.start, c.end) === text)] ?? [];
    const afterStop = LINE_FEATURES.indexOf('afterStop');
    const newFigures = LINE_FEATURES.indexOf('newFigures');
    expect(at(PASTED)[afterStop]).toBe(1);
    expect(at('第一批2013年4月开工。')[afterStop]).toBe(0);
    expect(at('第一批2013年4月开工。')[newFigures]).toBeCloseTo(2 / 3);
    expect(at(PASTED)[newFigures]).toBe(0);
  });

  it('offers a sentence pasted at a paragraph’s start, and one pasted again in a later paragraph', () => {
    const tip = '医生建议，饭后散步半小时有助于控制血糖。';
    const p = page('全市排水管网汛期前完成清淤', [
      `${tip}市水务局昨天发布消息，今年汛期前将完成全市排水管网的清淤工作。`,
      `水务局负责人介绍，清淤工作分三批完成。${tip}第一批明年4月开工。`,
    ]);
    const candidates = wholeSentenceCandidates(p);
    const places = candidates.filter((c) => p.paragraphs[c.paragraph]?.text.slice(c.start, c.end) === tip).map((c) => [c.paragraph, c.start]);
    expect(places).toEqual([
      [0, 0],
      [1, 19],
    ]);
    // Its copy is not the page saying its words: none of them is the article's.
    const rows = lineFeatures(p, candidates);
    const first = rows[candidates.findIndex((c) => c.paragraph === 0 && c.start === 0)] ?? [];
    expect(first[LINE_FEATURES.indexOf('opensParagraph')]).toBe(1);
    expect(first[LINE_FEATURES.indexOf('articleShare')]).toBe(0);
    expect(first[LINE_FEATURES.indexOf('topicShare')]).toBe(0);
    expect(first[LINE_FEATURES.indexOf('pairShare')]).toBe(0);
  });
});

describe('character pairs the rest of the page prints', () => {
  it('counts a name the segmenter cuts otherwise, and not the line’s own copies', () => {
    const counts = hanPairs(['王晓燕在会上发言。', '晓燕说，明年再来。']);
    // Five pairs (晓燕 燕说 明年 年再 再来): only 晓燕 stands in the other text too.
    expect(pairShare(counts, '晓燕说，明年再来。', 1)).toBeCloseTo(1 / 5);
    expect(pairShare(counts, '晓燕说，明年再来。', 2)).toBe(0);
    expect(pairShare(counts, '12:30', 1)).toBe(1);
  });

  it('shares a writer’s background sentence more than an unrelated tip', () => {
    const p = page('全市排水管网汛期前完成清淤', [
      '市水务局昨天发布消息，今年汛期前将完成全市排水管网的清淤工作。去年汛期，全市排水管网多处积水。今年夏季天气炎热，每天至少要喝八杯水。',
      '水务局负责人介绍，清淤工作分三批完成，第一批明年4月开工。',
    ]);
    const candidates = wholeSentenceCandidates(p);
    const rows = lineFeatures(p, candidates);
    const share = (text: string): number => rows[candidates.findIndex((c) => p.paragraphs[c.paragraph]?.text.slice(c.start, c.end) === text)]?.[LINE_FEATURES.indexOf('pairShare')] ?? -1;
    expect(share('去年汛期，全市排水管网多处积水。')).toBeGreaterThan(0.5);
    expect(share('今年夏季天气炎热，每天至少要喝八杯水。')).toBeLessThan(0.2);
  });
});

describe('a sentence of an unrelated domain, through the whole decision', () => {
  const story = [
    '本报讯 市水务局昨天发布消息，今年汛期前将完成全市排水管网的清淤工作，涉及主次干道排水管网一千二百公里。',
    '水务局负责人介绍，清淤工作分三批进行。第一批涉及老城区的排水管网，将于下月开工。去年汛期，老城区多处路段积水。',
    '据介绍，清淤工作完成后，全市排水管网的排水能力将提高三成。水务局还将在易积水路段增设排水泵站。',
    '水务局提醒市民，清淤施工期间部分路段将临时封闭，请市民注意绕行。',
  ];
  const tip = '这部国产动画电影上映首周票房突破五亿元，刷新了同类影片的开画纪录。';

  it('leaves the writer’s own article alone', () => {
    const spans = findInjectedSpans('全市排水管网汛期前完成清淤', story, spamTools());
    expect(spans.flat()).toEqual([]);
  });

  it('marks a box-office sentence pasted after a full stop, and nothing of the article', () => {
    const paragraphs = [story[0] ?? '', (story[1] ?? '').replace('。第一批', `。${tip}第一批`), `${tip}${story[2] ?? ''}`, story[3] ?? ''];
    const spans = findInjectedSpans('全市排水管网汛期前完成清淤', paragraphs, spamTools());
    const found = spans.flatMap((list, p) => list.map((s) => paragraphs[p]?.slice(s.start, s.end)));
    // Its copy at the paragraph's start is a candidate too, scored apart: 0.929 on 2026-12-04, just
    // under the marked level 0.93, so only the copy after a full stop is marked for now.
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.every((text) => text === tip)).toBe(true);
  });
});

describe('a writer’s sentence beside a paste', () => {
  // A short page whose closing paragraph is one sentence sharing no word with the rest of the
  // page: alone it is no candidate. A sentence pasted after it (sharing one word, 老人, with the
  // page) must not lend it a topic: the paste may be what the host's topic comes from.
  const title = '社区食堂开张 老人吃饭不用愁';
  const closing = '街道办主任表示，明年还将在另外两个片区复制这一做法，争取年底前实现全覆盖。';
  const story = [
    '城南街道的第一家社区食堂本周一正式开张，附近六十岁以上的老人凭卡就餐可享受八折优惠。',
    '食堂每天供应早餐和午餐，菜品以清淡为主，每周公布一次菜单。开张当天，前来就餐的老人排起了长队。',
    '家住附近的王大爷说，子女上班忙，以前中午常常随便对付一口，现在走几分钟就能吃上热饭热菜。',
    closing,
  ];
  const pasted = [...story.slice(0, 3), `${closing}不少老人入冬后喜欢在家泡脚，水温最好别超过四十度。`];

  it('leaves the writer’s closing sentence unmarked, before and after the paste', () => {
    for (const paragraphs of [story, pasted]) {
      const spans = findInjectedSpans(title, paragraphs, spamTools());
      const found = spans.flatMap((list, p) => list.map((s) => paragraphs[p]?.slice(s.start, s.end) ?? ''));
      expect(found.filter((text) => closing.includes(text))).toEqual([]);
    }
  });

  it('still reads a host whose other sentence is the writer’s own and on the page’s topic', () => {
    const p = page(title, pasted);
    const candidates = wholeSentenceCandidates(p);
    const gates = hostsWithTopic(p, candidates);
    const gate = (text: string): boolean | undefined => gates[candidates.findIndex((c) => p.paragraphs[c.paragraph]?.text.slice(c.start, c.end) === text)];
    // The closing sentence's only neighbour is a candidate itself: no vouching.
    expect(gate('明年还将在另外两个片区复制这一做法，争取年底前实现全覆盖。')).toBe(false);
    // 王大爷's tail has the paragraph's opening clause (家住附近的王大爷说) beside it, which is no
    // candidate and names the page's 附近.
    expect(gate('子女上班忙，以前中午常常随便对付一口，现在走几分钟就能吃上热饭热菜。')).toBe(true);
  });
});
