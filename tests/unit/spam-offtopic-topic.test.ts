/**
 * An off-topic sentence pasted once that says nothing to the reader, weighed by its meaning
 * (src/spam/features-topic.ts, src/spam/find-offtopic-sentences.ts): marked — never hidden — where
 * the topic vectors place it far from its page; the writer's own scene lines, which share no word
 * with the page either, are left alone; without the vectors nothing is read. Every sentence written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { OFFTOPIC_LEVELS, offtopicSentenceSpans, type OfftopicLevels } from '../../src/spam/find-offtopic-sentences';
import { topicReader } from '../../src/spam/features-topic';
import { readPage } from '../../src/spam/page';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '市中级法院公开宣判一起非法集资案 主犯获刑十二年';
const story = (third: string): string[] => [
  '市中级人民法院昨天公开宣判一起非法集资案，主犯王某以集资诈骗罪被判处有期徒刑十二年，并处罚金五十万元。',
  '法院审理查明，王某以投资养老项目为名，承诺高额回报，向两千多名群众非法集资一点二亿元。集资款大部分被王某用于偿还旧债和个人挥霍。案发后，公安机关追回赃款三千余万元。',
  third,
  '法院表示，追缴的赃款将按比例发还集资参与人，对其余被告人也依法作出了判决。',
];
const FIRST = '庭审中，公诉机关出示了王某的银行流水和集资合同等证据。';
const SECOND = '合议庭认为，王某的行为已构成集资诈骗罪，且集资数额特别巨大。';

/** What the finder returns for the third paragraph, as tier:text. */
function found(middle: string, tools = spamTools(), levels: OfftopicLevels = OFFTOPIC_LEVELS, first = FIRST): string[] {
  const paragraphs = story(`${first}${middle}${SECOND}`);
  const page = readPage(TITLE, paragraphs, paragraphs.map(() => []), tools);
  return (offtopicSentenceSpans(page, levels)[2] ?? []).map((s) => `${s.tier}:${paragraphs[2]?.slice(s.start, s.end)}`);
}

const CAR = '新款轿车的油耗比上一代降低了一成。';
const SNOW = '今年冬天南方多地出现罕见降雪，不少果园受灾。';

describe('a plain sentence of another story, weighed by its meaning', () => {
  it('is marked, not hidden, between the writer’s sentences', () => {
    expect(found(CAR)).toEqual([`suspect:${CAR}`]);
    expect(found(SNOW)).toEqual([`suspect:${SNOW}`]);
  });

  it('leaves the writer’s scene lines, which share no word with the page either', () => {
    expect(found('法庭外的街道上停满了采访车辆。')).toEqual([]);
    expect(found('庭审持续了整整一天，旁听席上座无虚席。')).toEqual([]);
  });

  it('leaves a sentence far from the page that follows on from the writer’s sentence before it', () => {
    // The writer tells what 王某 sold, then what such a car is like: far from a fraud trial, near its neighbour.
    const sold = '王某案发前经营着一家汽车销售公司，主营进口轿车。';
    expect(found(CAR, spamTools(), OFFTOPIC_LEVELS, sold)).toEqual([]);
    expect(found(CAR, spamTools(), { ...OFFTOPIC_LEVELS, markNeighbourCosine: Infinity }, sold)).toEqual([`suspect:${CAR}`]);
  });

  it('is hidden only at levels asked for, and only far from both neighbours too (measuring: scan-offtopic --hide)', () => {
    const hotpot = '麻辣火锅配冰镇啤酒是夏夜里最受欢迎的吃法。';
    const chess = '象棋对弈讲究布局和耐心，高手往往能看出十几步。';
    const hiding = { ...OFFTOPIC_LEVELS, hideTopicCosine: 0, hideNeighbourCosine: 0 };
    expect(found(hotpot)).toEqual([`suspect:${hotpot}`]);
    expect(found(hotpot, spamTools(), hiding)).toEqual([`hidden:${hotpot}`]);
    // Far from the page, but the writer's sentence before it (retired teachers who play chess) is near.
    const players = '集资参与人中有不少是退休教师，平日喜欢下象棋。';
    expect(found(chess, spamTools(), { ...hiding, markNeighbourCosine: Infinity }, players)).toEqual([`suspect:${chess}`]);
  });

  it('reads nothing without the topic vectors', () => {
    expect(found(CAR, { ...spamTools(), topicVectors: undefined })).toEqual([]);
  });

  it('places the other story’s sentence farther from the page than the writer’s scene line', () => {
    const paragraphs = story(`${FIRST}${CAR}法庭外的街道上停满了采访车辆。${SECOND}`);
    const page = readPage(TITLE, paragraphs, paragraphs.map(() => []), spamTools());
    const read = topicReader(page);
    const text = paragraphs[2] ?? '';
    const at = (s: string) => read?.(2, text.indexOf(s), text.indexOf(s) + s.length);
    expect(at(CAR)?.cosine).toBeLessThan((at('法庭外的街道上停满了采访车辆。')?.cosine ?? 0) - 0.1);
    expect(topicReader(readPage(TITLE, paragraphs, paragraphs.map(() => []), { ...spamTools(), topicVectors: undefined }))).toBeNull();
  });
});
