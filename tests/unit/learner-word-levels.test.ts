/** The background adds HSK levels to lookups and tokens, through the real client and router. */
import { describe, expect, it } from 'vitest';
import type { LanguageTools } from '../../src/background/language-tools';
import { createLocalLanguageService } from '../../src/background/language-service';
import { createRouter, type RouterDeps } from '../../src/background/router';
import { encodeHskTable, parseHskTable } from '../../src/learner/hsk-table';
import { createBackgroundClient } from '../../src/messaging/ask-background';

const table = parseHskTable(encodeHskTable([{ word: '工作', hsk3: 1, hsk2: 1, frequencyRank: 111 }, { word: '信访', hsk3: 7 }]));

const tools: LanguageTools = {
  segmenter: { cut: (text) => (text === '信訪工作' ? ['信訪', '工作'] : [...text]) },
  pinyin: { readWords: (words) => words.map((w) => [...w].map(() => 'zi4')) },
  dictionary: {
    lookup: (word) => ({ word, simplified: word === '信訪' ? '信访' : word, traditional: word, senses: [], characters: [] }),
    longestMatch: () => 0,
    hasWord: () => true,
    customWords: () => [],
  },
};

function client(overrides: Partial<RouterDeps> = {}) {
  const route = createRouter({ language: createLocalLanguageService({ all: async () => tools, dictionary: async () => tools.dictionary }), injectReader: async () => {}, hskTable: async () => table, ...overrides });
  return createBackgroundClient(async (message) => route(message, {}));
}

describe('HSK levels in the background answers', () => {
  it('gives a lookup its levels and frequency band', async () => {
    expect((await client()({ type: 'lookup', word: '工作' }))?.level).toEqual({ hsk3: 1, hsk2: 1, frequency: 'top1000' });
    expect((await client()({ type: 'lookup', word: '信訪' }))?.level).toEqual({ hsk3: 7 });
    expect((await client()({ type: 'lookup', word: '苹果' }))?.level).toBeUndefined();
  });

  it('gives each token its HSK 3.0 band, Traditional words by their Simplified form', async () => {
    const response = await client()({ type: 'analyze', title: '', paragraphs: ['信訪工作'], findSpam: false });
    expect(response.paragraphs[0]!.tokens.map((t) => [t.word, t.hsk, t.simplified])).toEqual([
      ['信訪', 7, '信访'],
      ['工作', 1, undefined],
    ]);
  });

  it('answers without levels when the table cannot load', async () => {
    const failing = client({ hskTable: async () => Promise.reject(new Error('missing')) });
    const found = await failing({ type: 'lookup', word: '工作' });
    expect(found?.word).toBe('工作');
    expect(found?.level).toBeUndefined();
  });
});
