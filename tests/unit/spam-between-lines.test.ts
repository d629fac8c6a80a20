/**
 * A whole sentence of another story standing between two of the writer's sentences, sharing no Han
 * pair with the rest of the page (src/spam/features-lines.ts standsBetween): marked from
 * ./tiers.ts BETWEEN_LINE_SUSPECT, below the line kind's own level. Paragraphs written for this test.
 */
import { describe, expect, it } from 'vitest';
import { wholeSentenceCandidates } from '../../src/spam/candidates-whole-sentences';
import { decide, type ScoredCandidate } from '../../src/spam/decide';
import { lineFeatures, standsBetween } from '../../src/spam/features-lines';
import { readPage } from '../../src/spam/page';
import { BETWEEN_LINE_SUSPECT, TIERS } from '../../src/spam/tiers';
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
