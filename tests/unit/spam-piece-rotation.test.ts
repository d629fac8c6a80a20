/**
 * The farm's walk through the headline's pieces (src/spam/piece-rotation.ts): a page whose lead
 * carries the headline's pieces in the headline's order, round after round, has them hidden; the
 * writer's own copy of a headline word (in a longer name, in a frame the writer says again) is
 * left to the reader; a writer's page that says its headline words, even in the headline's order,
 * shows no walk. All sentences written for this test (real jieba, CC-CEDICT and language model).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { headlinePieceCandidates } from '../../src/spam/candidates-headline';
import { readRotation } from '../../src/spam/piece-rotation';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const hiddenTitle = (title: string, paragraphs: string[]): string[] =>
  spansOf(analyzeSpam(title, paragraphs, spamTools()))
    .flatMap((spans, p) => spans.filter((s) => s.family === 'title' && s.tier === 'hidden').map((s) => paragraphs[p]?.slice(s.start, s.end) ?? ''));

describe('a farm walking the headline round and round', () => {
  const title = '江边湿地公园开园——候鸟栖息地扩大两倍';
  // The writer's lead (…位于江边的湿地公园正式开园，这片占地八百亩的滩涂…), with the farm's pieces
  // 湿地公园 → 开园 → 候鸟 → 扩大两倍 pasted round after round after a comma or 的; the writer's own
  // 湿地公园 and 开园 sit right beside two of the pastes.
  const paragraphs = [
    '本报讯 昨天上午，湿地公园位于江边的湿地公园正式开园，开园这片占地八百亩的候鸟滩涂过去是一片荒地，扩大两倍如今芦苇成片，湿地公园水鸟成群。',
    '据介绍，开园公园管理方在去年冬天补种了水生植物，候鸟还修建了三处观鸟平台，扩大两倍供市民远距离观察鸟类的湿地公园生活习性，开园附近学校已经预约了候鸟研学活动。',
    '管理处工作人员说，每年秋冬都有大批候鸟飞到江边湿地过冬，最多的一天记录到四十多种候鸟。',
    '市民王女士说，以前江边湿地没有步道，现在带孩子来看候鸟方便多了。',
  ];

  it('reads the walk, and hides nothing of the writer (four steps of words: marked, not hidden)', () => {
    const hidden = hiddenTitle(title, paragraphs);
    const read = analyzeSpam(title, paragraphs, spamTools());
    expect(readRotation(read.page, headlinePieceCandidates(read.page)).walked.filter(Boolean).length).toBeGreaterThanOrEqual(6);
    expect(hidden.every((t) => ['湿地公园', '开园', '候鸟', '扩大两倍'].includes(t))).toBe(true);
    const analysis = analyzeSpam(title, paragraphs, spamTools());
    const spans = spansOf(analysis);
    // The writer's own 湿地公园正式开园 stays whole; so do 候鸟 and 江边湿地 past the lead.
    const writers = (paragraphs[0] ?? '').indexOf('湿地公园正式开园');
    expect((spans[0] ?? []).filter((s) => s.tier === 'hidden' && s.start < writers + 8 && writers < s.end)).toEqual([]);
    expect((spans[2] ?? []).filter((s) => s.tier === 'hidden')).toEqual([]);
    expect((spans[3] ?? []).filter((s) => s.tier === 'hidden')).toEqual([]);
  });

  it('reads no walk when each piece was pasted once', () => {
    const once = ['本报讯 昨天上午，湿地公园位于江边的湿地公园正式开园，开园这片占地八百亩的候鸟滩涂过去是一片荒地，扩大两倍如今芦苇成片，水鸟成群。', ...paragraphs.slice(2)];
    const analysis = analyzeSpam(title, once, spamTools());
    expect(readRotation(analysis.page, headlinePieceCandidates(analysis.page)).walked.some(Boolean)).toBe(false);
  });
});

describe("a writer's page saying its headline words in the headline's order", () => {
  const title = '老城区改造启动 首批居民搬进新房';
  const paragraphs = [
    '老城区改造启动后，首批居民昨天搬进了新房。老城区的街巷窄，改造启动前，首批居民大多住在没有独立厨卫的平房里。',
    '街道办主任说，老城区改造启动以来，首批居民的安置房提前三个月交付，首批居民搬进新房时，社区还准备了米面油。',
    '下一步，老城区改造将进入第二期，涉及四百多户居民。',
  ];

  it('shows no walk and hides none of it', () => {
    const analysis = analyzeSpam(title, paragraphs, spamTools());
    expect(readRotation(analysis.page, headlinePieceCandidates(analysis.page)).walked.some(Boolean)).toBe(false);
    expect(hiddenTitle(title, paragraphs)).toEqual([]);
  });
});
