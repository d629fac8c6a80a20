/**
 * The scored decision, stage by stage (candidates → features → score → tier), on text written for
 * these tests, with jieba's Node build and the real language model; and the false positives that
 * hid real words on unseen clean articles before (a headline phrase split by a bracket in the
 * headline and said whole in the body; two headline words said without the words between them).
 */
import { describe, expect, it } from 'vitest';
import { headlineCopyCandidates, headlinePieceCandidates } from '../../src/spam/candidates-headline';
import { onceCandidates } from '../../src/spam/candidates-once';
import { repeatedCandidates } from '../../src/spam/candidates-repeated';
import { decide, type ScoredCandidate } from '../../src/spam/decide';
import { fitOf } from '../../src/spam/features-language';
import { analyzeSpam } from '../../src/spam/index';
import { readPage, type SpamPage } from '../../src/spam/page';
import { logOdds, probability, type KindModel } from '../../src/spam/score';
import { tierOf } from '../../src/spam/tiers';
import { hidden, marked, spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const page = (title: string, paragraphs: string[]): SpamPage => readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
const slices = (p: SpamPage, list: readonly { paragraph: number; start: number; end: number }[]): string[] =>
  list.map((c) => p.paragraphs[c.paragraph]?.text.slice(c.start, c.end) ?? '');

describe('candidates', () => {
  it('reads headline pieces greedily on word boundaries, a lost character across the headline’s dash too, and every run of glued pieces', () => {
    const p = page('跟随足迹重回下访地——这份考卷,临安作答19载', ['信访案件是地份考题,来访群众足迹重回作答载比喻。']);
    const found = slices(p, headlinePieceCandidates(p));
    expect(found).toContain('地份');
    expect(found).toContain('足迹重回');
    expect(found).toContain('作答载');
    expect(found).toContain('足迹重回作答载');
  });

  it('finds the whole headline pasted in either width and without the space between its parts', () => {
    const p = page('城市书房开放　周末延长两小时', ['读者说城市书房开放 周末延长两小时这次很方便，', '馆长表示城市书房开放周末延长两小时将持续下去。']);
    expect(slices(p, headlineCopyCandidates(p))).toEqual(['城市书房开放 周末延长两小时', '城市书房开放周末延长两小时']);
  });

  it('gives the host back the character every copy of a line happens to follow, when it ends a host word (社会|机会 before 我…)', () => {
    const line = '我这辈子再也不想吃食堂的饭菜了';
    const p = page('社区食堂开业', [`社区食堂服务社会${line}，受到欢迎。`, `食堂负责人表示这是一个机会${line}，继续改进。`]);
    const texts = repeatedCandidates(p).map((c) => c.text);
    expect(texts).toContain(line);
    expect(texts.every((t) => !t.startsWith('会'))).toBe(true);
  });

  it('does not take a line the page repeats as a sentence of its own for a paste', () => {
    const quote = '我们一定要把这件事情办好';
    const p = page('社区食堂开业', [`“${quote}。”负责人说。`, `他再次强调：“${quote}。”`]);
    expect(repeatedCandidates(p)).toEqual([]);
  });

  it('lists a chatty line pasted once into news prose as a candidate, edge to edge', () => {
    const line = '我只想安安静静地做个美男子';
    const p = page('劳动力供给将出现不足', [`专家认为,我国的劳动力供给${line}将出现严重不足,需要提前应对。`, '报告建议逐步提高退休年龄。']);
    expect(slices(p, onceCandidates(p))).toContain(line);
  });
});

describe('language evidence', () => {
  it('reads a pasted line’s edges as worse joins than a word the writer put there', () => {
    const lm = spamTools().languageModel;
    if (!lm) throw new Error('the language model did not load');
    const text = '专家认为,我国的劳动力供给我只想安安静静地做个美男子将出现严重不足。';
    const gain = (start: number, end: number): number => {
      const fit = fitOf(lm, text, start, end);
      return fit.bridgeFit - fit.leftFit - fit.rightFit;
    };
    const pasted = text.indexOf('我只想');
    const real = text.indexOf('劳动力');
    expect(gain(pasted, pasted + '我只想安安静静地做个美男子'.length)).toBeGreaterThan(gain(real, real + 3));
  });
});

describe('score and tiers', () => {
  it('reads a tree: each node sends a value left when it is at most the threshold', () => {
    const model: KindModel = {
      features: ['a', 'b'],
      bias: -1,
      trees: [{ features: [0, 1, -1], thresholds: [0.5, 0.5, 0], leaves: [0, 1, 2, 3] }],
      tiers: { hidden: 0.9, suspect: 0.5 },
    };
    expect(logOdds(model, [0, 0])).toBe(-1);
    expect(logOdds(model, [0, 1])).toBe(0);
    expect(logOdds(model, [1, 1])).toBe(1);
    expect(probability(model, [0, 1])).toBeCloseTo(0.5);
    expect(probability({ ...model, trees: [], linear: [2, 0] }, [1, 0])).toBeCloseTo(1 / (1 + Math.exp(-1)));
  });

  it('hides above the hidden level, marks above the suspect level, leaves the rest', () => {
    expect(tierOf(0.95, { hidden: 0.9, suspect: 0.5 })).toBe('hidden');
    expect(tierOf(0.6, { hidden: 0.9, suspect: 0.5 })).toBe('suspect');
    expect(tierOf(0.4, { hidden: 0.9, suspect: 0.5 })).toBeNull();
  });

  it('lets the more probable of two overlapping candidates take the text, and keeps a line’s copies together', () => {
    const levels = { hidden: 0.9, suspect: 0.5 };
    const tiers = { piece: levels, headline: levels, sentence: levels, once: levels };
    const candidate = (places: [number, number, number][], p: number, kind: ScoredCandidate['kind'] = 'piece'): ScoredCandidate => ({
      kind,
      family: kind === 'piece' ? 'title' : 'sentence',
      places,
      features: [],
      probability: p,
    });
    const found = decide([candidate([[0, 2, 6]], 0.95), candidate([[0, 4, 9]], 0.97, 'once'), candidate([[0, 10, 14], [1, 0, 4]], 0.7, 'sentence'), candidate([[1, 2, 8]], 0.99)], 2, { ...tiers, line: tiers.once });
    expect(found[0]?.map((s) => [s.start, s.end, s.tier])).toEqual([[4, 9, 'hidden']]);
    // The line's copy in paragraph 1 overlaps a more probable piece: the line goes whole or not at all.
    expect(found[1]?.map((s) => [s.start, s.end, s.tier])).toEqual([[2, 8, 'hidden']]);
  });
});

describe('real words on clean pages', () => {
  it('keeps a headline phrase split by a bracket in the headline and said whole in the body', () => {
    const title = '城市书房（City Reading Room 2019）开放活动在市图书馆举行';
    const paragraphs = [
      '昨天上午,城市书房开放活动在市图书馆举行,三百多位读者参加。',
      '据介绍,城市书房开放活动今年已经是第三次举办,参加城市书房开放活动的读者逐年增加。',
      '市图书馆表示,今后每年都会举办类似的活动。',
    ];
    expect(hidden(title, paragraphs).flat()).toEqual([]);
    expect(marked(title, paragraphs).flat()).toEqual([]);
  });

  it('keeps two headline words the body says without the words between them', () => {
    const title = '市图书馆延长周末开放时间';
    const paragraphs = [
      '从下个月起,市图书馆开放时间将有所调整,周末延长到晚上九点。',
      '图书馆开放时间调整后,读者可以在网上预约座位。',
      '馆长说,延长开放时间是根据读者的意见作出的决定。',
    ];
    expect(hidden(title, paragraphs).flat()).toEqual([]);
  });

  it('scores every candidate of a clean page below the hidden level', () => {
    const analysis = analyzeSpam('社区食堂开业 老人吃饭更方便', ['社区食堂今天开业,老人吃饭更方便了。', '食堂每天供应午餐和晚餐,老人凭卡就餐可以打折。'], spamTools());
    expect(analysis.scored.every((c) => c.probability < 0.98)).toBe(true);
  });
});
