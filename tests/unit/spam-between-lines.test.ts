/**
 * A whole sentence of another story standing between two of the writer's sentences, sharing no Han
 * pair with the rest of the page (src/spam/features-lines.ts standsBetween): marked from
 * ./tiers.ts BETWEEN_LINE_SUSPECT, below the line kind's own level. Paragraphs written for this test.
 */
import { describe, expect, it } from 'vitest';
import { wholeSentenceCandidates } from '../../src/spam/candidates-whole-sentences';
import { decide, scoreCandidates, type ScoredCandidate } from '../../src/spam/decide';
import { lineFeatures, standsBetween } from '../../src/spam/features-lines';
import { sells } from '../../src/spam/find-reader-lures';
import { readPage } from '../../src/spam/page';
import { BETWEEN_LINE_HIDDEN, BETWEEN_LINE_SUSPECT, TIERS } from '../../src/spam/tiers';
import { isListSentence, opensWithFrame } from '../../src/spam/writer-shapes';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '跨江大桥主体完工 明年五月通车';
const PASTED = '秋季干燥，老人每天宜饮水一千五百毫升以上。';
const WRITERS = '施工方介绍，大桥主体工程比原计划提前了两个月。';
const story = (middle: string, end = ''): string[] => [
  '记者昨天从市交通局获悉，跨江大桥主体工程已经完工，目前正在进行桥面铺装和照明安装。',
  `${WRITERS}${middle}接下来还要进行荷载试验，预计明年五月正式通车。`,
  `通车后，两岸之间的车程将由四十分钟缩短到十分钟。${end}`,
];

/** Whether each sentence stands between two of its paragraph's sentences with no pair the page prints. */
function between(paragraphs: string[]): Map<string, boolean> {
  const page = readPage(TITLE, paragraphs, paragraphs.map(() => []), spamTools());
  const candidates = wholeSentenceCandidates(page);
  const rows = lineFeatures(page, candidates);
  return new Map(candidates.map((c, i) => {
    const text = page.paragraphs[c.paragraph]?.text ?? '';
    return [text.slice(c.start, c.end), standsBetween(text, c, rows[i] ?? [])];
  }));
}

describe('a whole sentence between two of the writer’s sentences', () => {
  it('stands between them when the page prints none of its pairs', () => {
    expect(between(story(PASTED)).get(PASTED)).toBe(true);
  });

  it('does not at a paragraph’s end', () => {
    const read = between(story('', PASTED));
    expect(read.has(PASTED)).toBe(true);
    expect(read.get(PASTED)).toBe(false);
  });

  it('is marked from the lower level, and only there', () => {
    const line = (flag: boolean): ScoredCandidate => ({ kind: 'line', family: 'sentence', places: [[0, 4, 20]], features: [], probability: (BETWEEN_LINE_SUSPECT + TIERS.line.suspect) / 2, ...(flag ? { between: true } : {}) });
    expect(decide([line(true)], 1).flat().map((s) => s.tier)).toEqual(['suspect']);
    expect(decide([line(false)], 1).flat()).toEqual([]);
    expect(decide([{ ...line(true), probability: BETWEEN_LINE_SUSPECT - 0.05 }], 1).flat()).toEqual([]);
  });
});

const AD = '这款加湿器容量大又安静，现在下单立减五十元。';

/** Whether the whole-sentence candidate `line` of the page is flagged as standing between cohering neighbours. */
function bridged(paragraphs: string[], line: string): boolean | undefined {
  const page = readPage(TITLE, paragraphs, paragraphs.map(() => []), spamTools());
  const found = scoreCandidates(page).candidates.find((c) => c.kind === 'line' && c.places.some(([p, s, e]) => paragraphs[p]?.slice(s, e) === line));
  return found?.bridged === true;
}

describe('a sentence that sells, between two of the writer’s sentences that cohere', () => {
  it('is read as bridged when both neighbours print the page’s pairs', () => {
    expect(bridged(story(AD), AD)).toBe(true);
    // The writer's own sentence there, on the story's topic, is not.
    expect(bridged(story(''), WRITERS)).toBe(false);
  });

  it('is not where it speaks no trade and sells nothing (another news item stays marked only)', () => {
    expect(bridged(story(PASTED), PASTED)).toBe(false);
  });

  it('is not where a neighbour shares nothing with the page (a page of unrelated items)', () => {
    const items = ['今天的天气晴朗，适合外出散步。', `小区门口新开了一家理发店。${AD}图书馆周末延长开放两个小时。`, '明天下午三点停水，请提前储水。'];
    expect(bridged(items, AD)).toBe(false);
  });

  it('is not where it only speaks to the reader (a blogger’s aside sells nothing)', () => {
    expect(sells(AD)).toBe(true);
    expect(sells('这个问题我以前也和大家聊过，今天就不展开了。')).toBe(false);
    // Nor where someone is reported as offering it: the writer's report of a price.
    expect(sells('据商家介绍，这台冰箱现在下单立减三百元。')).toBe(false);
  });

  it('is not where its only offer is a rule’s upper bound that is no sum of money (a writer’s policy aside)', () => {
    expect(sells('新农合的门诊报销比例最高可达百分之七十。')).toBe(false);
    expect(sells('今年的助学金最高可覆盖一半学费。')).toBe(false);
    // A seller's upper bound in yuan is still an offer.
    expect(sells('每天签到最高可领三百元现金。')).toBe(true);
    expect(sells('额度最高可达二十万元，当天到账。')).toBe(true);
  });

  it('is not where it opens with the writer’s lead-in (a paste after a comma)', () => {
    expect(opensWithFrame('在为期三天的展会上，扫码关注即送精美礼品！')).toBe(true);
    expect(opensWithFrame(AD)).toBe(false);
    expect(bridged(story(`在这次检查中，${AD}`), `在这次检查中，${AD}`)).toBe(false);
  });

  it('is not for a list of its own', () => {
    expect(isListSentence('不许迟到早退，不许代人打卡，不许串岗聊天。')).toBe(true);
    expect(isListSentence('一则省了路费，二则不耽误工作。')).toBe(true);
    expect(isListSentence(AD)).toBe(false);
    expect(isListSentence(WRITERS)).toBe(false);
  });

  it('is hidden from BETWEEN_LINE_HIDDEN, marked below it', () => {
    const line = (probability: number, flags: Partial<ScoredCandidate>): ScoredCandidate => ({ kind: 'line', family: 'sentence', places: [[0, 4, 20]], features: [], probability, ...flags });
    const tiers = (c: ScoredCandidate): string[] => decide([c], 1).flat().map((s) => s.tier ?? 'hidden');
    expect(tiers(line(BETWEEN_LINE_HIDDEN, { between: true, bridged: true }))).toEqual(['hidden']);
    expect(tiers(line(BETWEEN_LINE_HIDDEN - 0.05, { between: true, bridged: true }))).toEqual(['suspect']);
    expect(tiers(line(0.99, { between: true }))).toEqual(['suspect']);
  });
});
