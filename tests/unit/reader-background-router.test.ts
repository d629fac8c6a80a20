import { describe, expect, it, vi } from 'vitest';
import { createLanguageToolsLoader, type LanguageTools } from '../../src/background/language-tools';
import { parseDudongRequest } from '../../src/background/parse-request';
import { createRouter } from '../../src/background/router';

describe('parseDudongRequest', () => {
  it('accepts each request of the protocol', () => {
    expect(parseDudongRequest({ type: 'warm' })).toEqual({ type: 'warm' });
    expect(parseDudongRequest({ type: 'lookup', word: '信访' })).toEqual({ type: 'lookup', word: '信访' });
    expect(parseDudongRequest({ type: 'lookup', word: '行长', reading: 'hang2 zhang3' })).toEqual({
      type: 'lookup',
      word: '行长',
      reading: 'hang2 zhang3',
    });
    expect(parseDudongRequest({ type: 'lookup', word: '行长', reading: 3 })).toEqual({ type: 'lookup', word: '行长' });
    expect(parseDudongRequest({ type: 'page-classified', kind: 'article' })).toEqual({ type: 'page-classified', kind: 'article' });
    expect(parseDudongRequest({ type: 'analyze', title: 't', paragraphs: ['a'], findSpam: true, extra: 1 })).toEqual({
      type: 'analyze',
      title: 't',
      paragraphs: ['a'],
      findSpam: true,
    });
  });

  it('accepts paragraph indices for a partial analysis', () => {
    expect(parseDudongRequest({ type: 'analyze', title: 't', paragraphs: ['a', 'b'], findSpam: true, tokensFor: [1] })).toMatchObject({
      tokensFor: [1],
    });
  });

  it('ignores unknown and malformed messages', () => {
    for (const message of [
      null,
      'analyze',
      { type: 'nope' },
      { type: 'lookup', word: 3 },
      { type: 'page-classified', kind: 'off' },
      { type: 'analyze', title: 't', paragraphs: [1], findSpam: true },
      { type: 'analyze', title: 't', paragraphs: ['a'] },
      { type: 'analyze', title: 't', paragraphs: ['a'], findSpam: true, tokensFor: [1] },
    ]) {
      expect(parseDudongRequest(message)).toBeNull();
    }
  });
});

const fakeTools: LanguageTools = {
  segmenter: { cut: (text) => [...text] },
  pinyin: { readWords: (words) => words.map((w) => [...w].map(() => 'zi4')) },
  dictionary: {
    lookup: () => null,
    longestMatch: (text) => (text.startsWith('信访') ? 2 : 0),
    hasWord: () => true,
    customWords: () => [],
  },
};

describe('createRouter', () => {
  it('answers nothing to messages outside the protocol', () => {
    const route = createRouter({ languageTools: async () => fakeTools, dictionary: async () => fakeTools.dictionary, injectReader: async () => {} });
    expect(route({ type: 'something-else' }, {})).toBeUndefined();
  });

  it('injects the reader into the frame that was classified', async () => {
    const injectReader = vi.fn(async () => {});
    const route = createRouter({ languageTools: async () => fakeTools, dictionary: async () => fakeTools.dictionary, injectReader });
    await route({ type: 'page-classified', kind: 'article' }, { tabId: 7, frameId: 3 });
    expect(injectReader).toHaveBeenCalledWith(7, 3);
  });

  it('warms only the dictionary for pages without an article', async () => {
    const languageTools = vi.fn(async () => fakeTools);
    const dictionary = vi.fn(async () => fakeTools.dictionary);
    const route = createRouter({ languageTools, dictionary, injectReader: async () => {} });
    await route({ type: 'page-classified', kind: 'chinese' }, { tabId: 1, frameId: 0 });
    expect(dictionary).toHaveBeenCalled();
    expect(languageTools).not.toHaveBeenCalled();
    await route({ type: 'page-classified', kind: 'article' }, { tabId: 1, frameId: 0 });
    expect(languageTools).toHaveBeenCalled();
  });

  it('delegates longest-match to the dictionary', async () => {
    const route = createRouter({ languageTools: async () => fakeTools, dictionary: async () => fakeTools.dictionary, injectReader: async () => {} });
    expect(await route({ type: 'longest-match', text: '信访工作' }, {})).toEqual({ length: 2 });
  });

  it('analyzes paragraphs', async () => {
    const route = createRouter({ languageTools: async () => fakeTools, dictionary: async () => fakeTools.dictionary, injectReader: async () => {} });
    const response = (await route({ type: 'analyze', title: '', paragraphs: ['中文'], findSpam: false }, {})) as {
      paragraphs: Array<{ tokens: unknown[] }>;
    };
    expect(response.paragraphs[0]!.tokens).toHaveLength(2);
  });
});

describe('createLanguageToolsLoader', () => {
  const sources = (loadJieba: () => Promise<{ cut(): string[]; add_word(): number }>) => ({
    loadJieba,
    loadDictionary: async () => fakeTools.dictionary,
    loadPinyin: async () => fakeTools.pinyin,
  });

  it('loads once and shares the result', async () => {
    const loadJieba = vi.fn(async () => ({ cut: () => [], add_word: () => 0 }));
    const loader = createLanguageToolsLoader(sources(loadJieba));
    const [a, b] = await Promise.all([loader.all(), loader.all()]);
    expect(a).toBe(b);
    expect(loadJieba).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    let attempts = 0;
    const loader = createLanguageToolsLoader(
      sources(async () => {
        if (++attempts === 1) throw new Error('wasm failed');
        return { cut: () => [], add_word: () => 0 };
      }),
    );
    await expect(loader.all()).rejects.toThrow('wasm failed');
    await expect(loader.all()).resolves.toBeDefined();
  });

  it('answers dictionary requests without waiting for jieba', async () => {
    const loader = createLanguageToolsLoader(sources(() => new Promise(() => {})));
    await expect(loader.dictionary()).resolves.toBe(fakeTools.dictionary);
  });
});
