import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { cedictHeadwords, createNodeSegmenter } from '../../scripts/segment/node-segmenter';
import { rescoreAmbiguities } from '../../src/segment/rescore-ambiguities';
import { createJiebaSegmenter, type TaggedWord, type WordModel } from '../../src/segment/segmenter';
import type { WordLexicon } from '../../src/segment/word-lexicon';

// Sentences written for these tests. Each case shows jieba's own cut too, so a case that stops
// exercising the re-cutting (a jieba or model change) fails instead of passing for free.
const segmenter = createNodeSegmenter();
const known = cedictHeadwords();
const withoutModel = createJiebaSegmenter(jieba, [], (word) => known.has(word));
const words = (text: string): string => `|${segmenter.cut(text).join('|')}|`;
const jiebaWords = (text: string): string => `|${withoutModel.cut(text).join('|')}|`;

describe('the language model moves a boundary jieba drew by frequency alone', () => {
  it.each([
    ['我们小区内停满了车。', '|小|区内|', '|小区|内|'],
    ['他用锤子敲碎了车窗玻璃。', '|车|窗玻璃|', '|车窗|玻璃|'],
    ['水还没用完就停了。', '|没用|', '|没|用完|'],
    ['他们在比赛中将会遇到强敌。', '|中将|', '|中|将会|'],
    // jieba strands a content character; the other cut is words only (STRANDED_MARGIN)
    ['到2030年，全国老年人口将超过三亿。', '|老年人|口|', '|老年|人口|'],
    ['这是一家汽油机组的工厂。', '|汽油机|组|', '|汽油|机组|'],
  ])('%s', (text, jiebaCut, expected) => {
    expect(jiebaWords(text)).toContain(jiebaCut);
    expect(words(text)).toContain(expected);
  });
});

describe("jieba's cut stands", () => {
  it('where the model would only join words it types as one (都|会, 中国|人)', () => {
    expect(words('他们都会来。')).toContain('|都|会|来|');
    expect(words('这是中国人的骄傲。')).toBe(jiebaWords('这是中国人的骄傲。'));
  });

  it('without a language model', () => {
    expect(jiebaWords('我们小区内停满了车。')).toContain('|小|区内|');
  });

  it('for names, which the model knows too few of', () => {
    expect(words('记者来到梁王河边。')).toBe(jiebaWords('记者来到梁王河边。'));
  });
});

describe('the decision, with a model of a few words', () => {
  // A unigram "model": each word's ln P is given; every other character costs -10.
  const model = (logps: Record<string, number>): WordModel => {
    const vocabulary = ['<s>', ...Object.keys(logps)];
    return {
      boundary: 0,
      idOf: (word) => vocabulary.indexOf(word),
      cut: (text) => ({ ids: [...text].map((c) => vocabulary.indexOf(c)) }),
      logp: (_b2, _b1, id) => (id > 0 ? logps[vocabulary[id]!]! : id === 0 ? 0 : -10),
    };
  };
  const lexicon = (words: string[]): WordLexicon => ({
    dictionaryCut: (text) => [...text],
    tagOf: (word) => (word.length === 1 ? 'n' : 'x'),
    isCustomWord: () => false,
    isKnownWord: (word) => words.includes(word),
  });
  const cut = (words: TaggedWord[], m: WordModel, l: WordLexicon): string => rescoreAmbiguities(words, l, m).map((w) => w.word).join('|');
  const chars = { 小: -8, 区: -8, 内: -5, 大: -5, 街: -8, 上: -5 };

  it('moves a boundary when the other cut reads better by the margin', () => {
    const words = [{ word: '小', tag: 'a' }, { word: '区内', tag: 's' }];
    expect(cut(words, model({ ...chars, 小区: -6, 区内: -9 }), lexicon(['小区', '区内']))).toBe('小区|内');
  });

  it('keeps jieba\'s cut when the gain is under the margin', () => {
    const words = [{ word: '小', tag: 'a' }, { word: '区长', tag: 'n' }];
    // 小区|长 = -11 against 小|区长 = -12.5: better, but by less than the margin (长 closes no noun).
    expect(cut(words, model({ ...chars, 长: -5, 小区: -6, 区长: -4.5 }), lexicon(['小区', '区长']))).toBe('小|区长');
  });

  it('needs no margin where jieba strands a character and 内 or 外 closes the noun it makes (session 22)', () => {
    const words = [{ word: '小', tag: 'a' }, { word: '区内', tag: 's' }];
    // 小区|内 = -11 against 小|区内 = -12.5: better by less than the margin, and it strands no content character.
    expect(cut(words, model({ ...chars, 小区: -6, 区内: -4.5 }), lexicon(['小区', '区内']))).toBe('小区|内');
    // Read worse, it is not taken.
    expect(cut(words, model({ ...chars, 小区: -6, 区内: -2 }), lexicon(['小区', '区内']))).toBe('小|区内');
  });

  it('needs no margin where jieba strands a character and the other cut is words only', () => {
    const words = [{ word: '老年人', tag: 'n' }, { word: '口', tag: 'q' }];
    const logps = { 老: -8, 年: -8, 人: -5, 口: -8, 老年: -9, 人口: -6 };
    // 老年|人口 = -15 against 老年人|口 = -16: better by less than 5 nats, and it strands nothing.
    expect(cut(words, model({ ...logps, 老年人: -8 }), lexicon(['老年人', '老年', '人口']))).toBe('老年|人口');
    // Read worse, it is not taken.
    expect(cut(words, model({ ...logps, 老年人: -6 }), lexicon(['老年人', '老年', '人口']))).toBe('老年人|口');
  });

  it('takes no join or split, only a moved boundary', () => {
    const words = [{ word: '小', tag: 'a' }, { word: '区内', tag: 's' }];
    // The best cut is 小区内 whole: a join, so jieba's cut stays.
    expect(cut(words, model({ ...chars, 小区内: -2, 小区: -6, 区内: -9 }), lexicon(['小区内', '小区', '区内']))).toBe('小|区内');
  });

  it('leaves a localiser cut alone after a noun to the noun phrase (大街|上, not 大|街上)', () => {
    const words = [{ word: '大街', tag: 'n' }, { word: '上', tag: 'f' }];
    expect(cut(words, model({ ...chars, 大街: -9, 街上: -2 }), lexicon(['大街', '街上']))).toBe('大街|上');
  });

  it('leaves names alone', () => {
    const words = [{ word: '小', tag: 'a' }, { word: '区内', tag: 'ns' }];
    expect(cut(words, model({ ...chars, 小区: -6, 区内: -9 }), lexicon(['小区', '区内']))).toBe('小|区内');
  });
});
