import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, normaliseSpans, SpamCache, type AnalyzeTools } from '../../src/background/analyze-article';
import { createPinyinReader } from '../../src/pinyin/index';
import { createJiebaSegmenter } from '../../src/segment/segmenter';
import type { SpamSpan } from '../../src/spam/types';

const segmenter = createJiebaSegmenter(jieba);
const pinyin = await createPinyinReader();

function toolsWithSpam(spans: SpamSpan[][]): AnalyzeTools {
  return { segmenter, pinyin, findInjectedSpans: () => spans };
}
const span = (start: number, end: number, confidence = 0.9): SpamSpan => ({
  start,
  end,
  family: 'title',
  confidence,
  tier: confidence >= 0.5 ? 'hidden' : 'suspect',
  reason: 'A fragment of the headline.',
});

describe('analyzeArticle', () => {
  it('gives tokens in paragraph offsets with one reading per code unit', () => {
    const text = '杭州日报讯 对领导干部下访接访';
    const { paragraphs } = analyzeArticle({ title: '', paragraphs: [text], findSpam: false }, toolsWithSpam([]));
    const tokens = paragraphs[0]!.tokens;
    for (const token of tokens) {
      expect(text.slice(token.start, token.end)).toBe(token.word);
      expect(token.readings).toHaveLength(token.end - token.start);
    }
    expect(tokens.map((t) => t.word).join('')).toBe(text.replace(' ', ''));
    expect(tokens.find((t) => t.word === '领导')?.readings).toEqual(['ling3', 'dao3']);
  });

  it('omits tokens without Han characters and leaves empty readings for non-Han units', () => {
    const text = '2019年至2020年, GDP增长';
    const { paragraphs } = analyzeArticle({ title: '', paragraphs: [text], findSpam: false }, toolsWithSpam([]));
    const tokens = paragraphs[0]!.tokens;
    expect(tokens.every((t) => /\p{Script=Han}/u.test(text.slice(t.start, t.end)))).toBe(true);
    const year = tokens.find((t) => text.slice(t.start, t.end).startsWith('2019'));
    if (year) expect(year.readings.slice(0, 4)).toEqual(['', '', '', '']);
  });

  it('segments the text with spam taken out and splits a word the spam cut in two', () => {
    // 信访 with an injected 考卷 inside it: the reader sees 信访 once the spam is hidden.
    const text = '重视信考卷访。';
    const { paragraphs } = analyzeArticle(
      { title: '考卷', paragraphs: [text], findSpam: true },
      toolsWithSpam([[span(3, 5)]]),
    );
    const { spam, tokens } = paragraphs[0]!;
    expect(spam).toHaveLength(1);
    const pieces = tokens.filter((t) => t.word === '信访');
    expect(pieces.map((t) => [t.start, t.end])).toEqual([
      [2, 3],
      [5, 6],
    ]);
    expect(pieces.map((t) => t.readings)).toEqual([['xin4'], ['fang3']]);
    for (const token of tokens) expect(token.end <= 3 || token.start >= 5).toBe(true);
  });

  it('does not look for spam when asked not to', () => {
    const { paragraphs } = analyzeArticle(
      { title: '', paragraphs: ['新闻报道'], findSpam: false },
      toolsWithSpam([[span(0, 2)]]),
    );
    expect(paragraphs[0]!.spam).toEqual([]);
    expect(paragraphs[0]!.tokens.map((t) => t.word).join('')).toBe('新闻报道');
  });

  it('passes the whole article to the spam finder at once', () => {
    let seen: readonly string[] = [];
    analyzeArticle(
      { title: '标题', paragraphs: ['第一段', '第二段'], findSpam: true },
      { segmenter, pinyin, findInjectedSpans: (_title, paragraphs) => ((seen = paragraphs), []) },
    );
    expect(seen).toEqual(['第一段', '第二段']);
  });
});

describe('normaliseSpans', () => {
  it('clamps, sorts and merges overlaps', () => {
    const spans = normaliseSpans([span(8, 20), span(1, 3), span(5, 9), span(2, 4)], 12);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [1, 4],
      [5, 12],
    ]);
  });

  it('keeps touching spans apart, each with its own family', () => {
    const spans = normaliseSpans([{ ...span(0, 2), family: 'title' }, { ...span(2, 9), family: 'sentence' }], 12);
    expect(spans.map((s) => [s.start, s.end, s.family])).toEqual([
      [0, 2, 'title'],
      [2, 9, 'sentence'],
    ]);
  });
});

describe('hidden and suspect spans', () => {
  it('hides confident spans and marks unconfident ones, whose words keep their tokens', () => {
    const text = '今天市政府召开新闻发布会介绍城市建设计划';
    const { paragraphs } = analyzeArticle(
      { title: '', paragraphs: [text], findSpam: true },
      toolsWithSpam([[span(2, 5), span(9, 12, 0.3)]]),
    );
    const [analysis] = paragraphs;
    expect(analysis!.spam.map((s) => text.slice(s.start, s.end))).toEqual(['市政府']);
    expect(analysis!.suspects?.map((s) => text.slice(s.start, s.end))).toEqual(['发布会']);
    const covered = analysis!.tokens.filter((t) => t.start >= 9 && t.end <= 12).map((t) => text.slice(t.start, t.end));
    expect(covered.join('')).toBe('发布会');
    expect(analysis!.tokens.some((t) => t.start < 5 && t.end > 2)).toBe(false);
  });

  it('leaves out of a suspect span what is hidden, and says nothing when there is none', () => {
    const text = '今天市政府召开新闻发布会介绍城市建设计划';
    const { paragraphs } = analyzeArticle(
      { title: '', paragraphs: [text, '第二段'], findSpam: true },
      toolsWithSpam([[span(4, 7), span(2, 12, 0.3)], []]),
    );
    expect(paragraphs[0]!.suspects?.map((s) => [s.start, s.end])).toEqual([
      [2, 4],
      [7, 12],
    ]);
    expect(paragraphs[1]).not.toHaveProperty('suspects');
  });
});

describe('analyzeArticle in parts', () => {
  it('returns tokens only for the paragraphs asked for, judging spam over all of them once', () => {
    let calls = 0;
    const tools: AnalyzeTools = {
      segmenter,
      pinyin,
      findInjectedSpans: (_title, paragraphs) => (calls++, paragraphs.map(() => [])),
    };
    const cache = new SpamCache();
    const request = { title: '标题', paragraphs: ['第一段新闻', '第二段新闻', '第三段新闻'], findSpam: true };
    const first = analyzeArticle({ ...request, tokensFor: [1] }, tools, cache);
    const rest = analyzeArticle({ ...request, tokensFor: [0, 2] }, tools, cache);
    expect(first.paragraphs.map((p) => p.tokens.length > 0)).toEqual([false, true, false]);
    expect(rest.paragraphs.map((p) => p.tokens.length > 0)).toEqual([true, false, true]);
    expect(calls).toBe(1);
  });
});
