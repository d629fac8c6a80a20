/**
 * What a mechanical find says about the rest of the page: that it is a farm's copy, not that a
 * clause or a name of it was pasted. A writer's clause or event name must not be marked because a
 * symbol or a domain was hidden elsewhere on the page (QA11's farm pages after session 12's finders:
 * 11 → 114 real characters marked). Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { decide, type ScoredCandidate } from '../../src/spam/decide';
import { analyzeSpam, spansOf, type SpamAnalysis } from '../../src/spam/index';
import { DECISION_MODEL } from '../../src/spam/score';
import { ALONE_TIERS, TIERS } from '../../src/spam/tiers';
import type { SpamSpan } from '../../src/spam/types';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const symbol: SpamSpan = { start: 3, end: 4, family: 'symbol', confidence: 1, tier: 'hidden', reason: 'A stray symbol.' };
const once = (probability: number): ScoredCandidate => ({ kind: 'once', family: 'sentence', places: [[1, 4, 12]], features: [], probability });
const headline = (probability: number, own?: number): ScoredCandidate => ({ kind: 'headline', family: 'title', places: [[0, 2, 10]], features: [], probability, ...(own === undefined ? {} : { own }) });
const analysis = (mechanical: SpamSpan[][], scored: ScoredCandidate[]): SpamAnalysis => ({ mechanical, scored, links: [], page: null as never, stuffing: [], stuffed: 0, parts: [], phrases: [], items: [], lines: [] });
const tiers = (found: readonly (readonly SpamSpan[])[]): string[] => found.flat().map((s) => `${s.family}:${s.tier}`);

describe('a line pasted once, on a page where a mechanical finder hid something', () => {
  const between = (TIERS.once.suspect + (ALONE_TIERS.once?.suspect ?? 1)) / 2;

  it('is read at the stricter level of a page where nothing was hidden', () => {
    expect(tiers(spansOf(analysis([[symbol], []], [once(between)])))).toEqual(['symbol:hidden']);
    expect(tiers(spansOf(analysis([[], []], [once(0.999)])))).toEqual(['sentence:suspect']);
  });

  it('is read at its ordinary level where the language stage itself hid something', () => {
    const pasted = { ...headline(0.999), places: [[0, 6, 10]] as [number, number, number][] };
    expect(tiers(spansOf(analysis([[symbol], []], [once(between), pasted]))).sort()).toEqual(['sentence:suspect', 'symbol:hidden', 'title:hidden']);
  });
});

describe('a whole-headline copy marked on its own evidence', () => {
  const { suspect, hidden } = TIERS.headline;
  const middle = (suspect + hidden) / 2;

  it('is marked only where its probability without the page’s farm marks reaches the marked level', () => {
    expect(tiers(decide([headline(middle, suspect / 2)], 1, TIERS, false))).toEqual([]);
    expect(tiers(decide([headline(middle, middle)], 1, TIERS, false))).toEqual(['title:suspect']);
    expect(tiers(decide([headline(middle)], 1, TIERS, false))).toEqual(['title:suspect']);
  });

  it('is hidden on its full score', () => {
    expect(tiers(decide([headline(Math.min(1, hidden + 0.01), 0)], 1, TIERS, false))).toEqual(['title:hidden']);
  });

  it('reads a model that counts the page’s mechanical finds', () => {
    expect(DECISION_MODEL.headline.features).toContain('farmMarks');
  });

  const rest = ['据介绍，本次活动将持续一个月，其间将举办名家讲座、亲子共读、旧书交换等二十余场活动，市民可以免费参加。', '主办方表示，希望通过系列活动，让更多人参与进来，养成良好习惯。'];
  const junked = [rest[0]!.replace('其间将举办', '其间将★举办').replace('名家讲座', '名家▲▲讲座'), rest[1]!.replace('希望通过', '希望☆通过')];
  const pages: [string, string][] = [
    ['青山镇第五届农民丰收节', '金秋时节，青山镇第五届农民丰收节在镇文化广场开幕，农户们带来了自家种植的瓜果蔬菜。'],
    ['远航牌智能电饭煲', '远航牌智能电饭煲采用球形内胆设计，加热均匀，米饭口感更好。'],
  ];

  it.each(pages)('leaves a writer’s own name that is also the headline (%s) unmarked when symbols are hidden elsewhere', (title, first) => {
    const analysed = analyzeSpam(title, [first, ...junked], spamTools());
    const copy = analysed.scored.find((c) => c.kind === 'headline');
    // The page's farm marks lift the copy to the marked level; on its own evidence it stays below.
    expect(copy?.probability).toBeGreaterThanOrEqual(suspect);
    expect(copy?.own).toBeLessThan(suspect);
    const found = spansOf(analysed);
    expect(found[0]).toEqual([]);
    expect(tiers(found.slice(1))).toEqual(['symbol:hidden', 'symbol:hidden', 'symbol:hidden']);
    expect(spansOf(analyzeSpam(title, [first, ...rest], spamTools())).flat()).toEqual([]);
  });
});
