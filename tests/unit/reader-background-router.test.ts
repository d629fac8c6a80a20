import { describe, expect, it, vi } from 'vitest';
import { createLanguageToolsLoader, type LanguageTools } from '../../src/background/language-tools';
import type { LanguageModel } from '../../src/lm/index';
import type { TopicVectors } from '../../src/topic/vectors';
import { parseDudongRequest } from '../../src/background/parse-request';
import { createLocalLanguageService } from '../../src/background/language-service';
import { createRouter, type MessageOrigin, type RouterDeps } from '../../src/background/router';
import { BackgroundError } from '../../src/messaging/answer';
import { createBackgroundClient } from '../../src/messaging/ask-background';
import { MAX_ANALYZE_CHARS, MAX_ANALYZE_PARAGRAPHS, MAX_LOOKUP_CHARS, MAX_TITLE_CHARS } from '../../src/messaging/limits';
import type { JiebaApi } from '../../src/segment/segmenter';

const accepted = (message: unknown) => {
  const parsed = parseDudongRequest(message);
  return parsed.kind === 'request' ? parsed.request : parsed.kind;
};

describe('parseDudongRequest', () => {
  it('accepts each request of the protocol', () => {
    expect(accepted({ type: 'warm' })).toEqual({ type: 'warm' });
    expect(accepted({ type: 'lookup', word: '信访' })).toEqual({ type: 'lookup', word: '信访' });
    expect(accepted({ type: 'lookup', word: '行长', reading: 'hang2 zhang3' })).toEqual({
      type: 'lookup',
      word: '行长',
      reading: 'hang2 zhang3',
    });
    expect(accepted({ type: 'page-classified', kind: 'article' })).toEqual({ type: 'page-classified', kind: 'article' });
    expect(accepted({ type: 'analyze', title: 't', paragraphs: ['a'], findSpam: true, extra: 1 })).toEqual({
      type: 'analyze',
      title: 't',
      paragraphs: ['a'],
      findSpam: true,
    });
  });

  it('accepts paragraph indices for a partial analysis', () => {
    expect(accepted({ type: 'analyze', title: 't', paragraphs: ['a', 'b'], findSpam: true, tokensFor: [1] })).toMatchObject({
      tokensFor: [1],
    });
  });

  it('cuts an overlong headline instead of refusing the article', () => {
    const request = accepted({ type: 'analyze', title: '题'.repeat(5000), paragraphs: ['a'], findSpam: true });
    expect((request as { title: string }).title).toHaveLength(MAX_TITLE_CHARS);
  });

  it('ignores messages that are not Dudong requests', () => {
    for (const message of [null, 'analyze', 42, { type: 'nope' }, { type: 'constructor' }, { type: 'toString' }, {}]) {
      expect(accepted(message)).toBe('ignored');
    }
  });

  it('tells malformed requests of a known type apart', () => {
    for (const message of [
      { type: 'lookup', word: 3 },
      { type: 'lookup', word: '行长', reading: 3 },
      { type: 'lookup', word: '长'.repeat(MAX_LOOKUP_CHARS + 1) },
      { type: 'longest-match', text: '长'.repeat(MAX_LOOKUP_CHARS + 1) },
      { type: 'page-classified', kind: 'off' },
      { type: 'analyze', title: 't', paragraphs: [1], findSpam: true },
      { type: 'analyze', title: 't', paragraphs: ['a'] },
      { type: 'analyze', title: 't', paragraphs: ['a'], findSpam: true, tokensFor: [1] },
      { type: 'analyze', title: 't', paragraphs: ['a'], findSpam: true, tokensFor: [-1] },
      { type: 'analyze', title: 't', paragraphs: Array(MAX_ANALYZE_PARAGRAPHS + 1).fill('a'), findSpam: true },
    ]) {
      expect(accepted(message)).toBe('invalid');
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

/** The language service of the extension's worker, here in the test's own thread. */
const serviceOf = (tools: LanguageTools) => createLocalLanguageService({ all: async () => tools, dictionary: async () => tools.dictionary });

function deps(overrides: Partial<RouterDeps>): RouterDeps {
  return { language: serviceOf(fakeTools), injectReader: async () => {}, ...overrides };
}

/** The real client speaking to the real router, as the content script and the background do. */
function clientOf(overrides: Partial<RouterDeps>, origin: MessageOrigin = {}) {
  const route = createRouter(deps(overrides));
  return createBackgroundClient(async (message) => route(message, origin));
}

describe('createRouter', () => {
  it('answers nothing to messages outside the protocol', () => {
    const route = createRouter({ language: serviceOf(fakeTools), injectReader: async () => {} });
    expect(route({ type: 'something-else' }, {})).toBeUndefined();
  });

  it('injects the reader into the frame that was classified', async () => {
    const injectReader = vi.fn(async () => {});
    const route = createRouter({ language: serviceOf(fakeTools), injectReader });
    await route({ type: 'page-classified', kind: 'article' }, { tabId: 7, frameId: 3 });
    expect(injectReader).toHaveBeenCalledWith(7, 3);
  });

  it('notes each Chinese page, so the next browser start knows the reader reads Chinese', async () => {
    const onChinesePage = vi.fn(async () => {});
    const route = createRouter({ language: serviceOf(fakeTools), injectReader: async () => {}, onChinesePage });
    await route({ type: 'page-classified', kind: 'chinese' }, { tabId: 7, frameId: 0 });
    await route({ type: 'page-classified', kind: 'article' }, { tabId: 8, frameId: 0 });
    expect(onChinesePage).toHaveBeenCalledTimes(2);
  });

  it('warms only the dictionary for pages without an article', async () => {
    const languageTools = vi.fn(async () => fakeTools);
    const dictionary = vi.fn(async () => fakeTools.dictionary);
    const route = createRouter({ language: createLocalLanguageService({ all: languageTools, dictionary }), injectReader: async () => {} });
    await route({ type: 'page-classified', kind: 'chinese' }, { tabId: 1, frameId: 0 });
    expect(dictionary).toHaveBeenCalled();
    expect(languageTools).not.toHaveBeenCalled();
    await route({ type: 'page-classified', kind: 'article' }, { tabId: 1, frameId: 0 });
    expect(languageTools).toHaveBeenCalled();
  });

  it('delegates longest-match to the dictionary', async () => {
    const ask = clientOf({});
    expect(await ask({ type: 'longest-match', text: '信访工作' })).toEqual({ length: 2 });
  });

  it('analyzes paragraphs', async () => {
    const response = await clientOf({})({ type: 'analyze', title: '', paragraphs: ['中文'], findSpam: false });
    expect(response.paragraphs[0]!.tokens).toHaveLength(2);
  });

  it('answers a malformed request with invalid-request instead of silence', async () => {
    const route = createRouter(deps({}));
    expect(await route({ type: 'lookup', word: 3 }, {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses an article over the size limit without analysing it', async () => {
    const languageTools = vi.fn(async () => fakeTools);
    const ask = clientOf({ language: createLocalLanguageService({ all: languageTools, dictionary: async () => fakeTools.dictionary }) });
    const huge = Array.from({ length: 4 }, () => '中'.repeat(MAX_ANALYZE_CHARS / 3));
    await expect(ask({ type: 'analyze', title: '', paragraphs: huge, findSpam: true })).rejects.toMatchObject({ code: 'too-large' });
    expect(languageTools).not.toHaveBeenCalled();
  });

  it('reports a handler that failed as failed, to the sender too', async () => {
    const ask = clientOf({ language: createLocalLanguageService({ all: async () => Promise.reject(new Error('wasm failed')), dictionary: async () => fakeTools.dictionary }) });
    const asking = ask({ type: 'analyze', title: '', paragraphs: ['中文'], findSpam: false });
    await expect(asking).rejects.toBeInstanceOf(BackgroundError);
    await expect(asking).rejects.toMatchObject({ code: 'failed', message: expect.stringContaining('wasm failed') });
  });
});

describe('createBackgroundClient', () => {
  it('checks the answer against the response schema (no unchecked cast)', async () => {
    const ask = createBackgroundClient(async () => ({ ok: true, value: { length: 'two' } }));
    await expect(ask({ type: 'longest-match', text: '信访' })).rejects.toMatchObject({ code: 'bad-response' });
    const wrongLookup = createBackgroundClient(async () => ({ ok: true, value: { word: '信访' } }));
    await expect(wrongLookup({ type: 'lookup', word: '信访' })).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('treats no answer at all as an error, not as "no entry"', async () => {
    // What Chrome resolves with when the service worker dies before answering.
    const ask = createBackgroundClient(async () => undefined);
    await expect(ask({ type: 'lookup', word: '信访' })).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('turns a messaging failure into unreachable', async () => {
    const ask = createBackgroundClient(async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    await expect(ask({ type: 'warm' })).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('passes a real null lookup through', async () => {
    const ask = createBackgroundClient(async () => ({ ok: true, value: null }));
    expect(await ask({ type: 'lookup', word: '无' })).toBeNull();
  });
});

describe('createLanguageToolsLoader', () => {
  const sources = (loadJieba: () => Promise<JiebaApi>) => ({
    loadJieba,
    loadDictionary: async () => fakeTools.dictionary,
    loadPinyin: async () => fakeTools.pinyin,
  });

  it('loads once and shares the result', async () => {
    const loadJieba = vi.fn(async () => ({ cut: () => [], tag: () => [], add_word: () => 0 }));
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
        return { cut: () => [], tag: () => [], add_word: () => 0 };
      }),
    );
    await expect(loader.all()).rejects.toThrow('wasm failed');
    await expect(loader.all()).resolves.toBeDefined();
  });

  it('answers dictionary requests without waiting for jieba', async () => {
    const loader = createLanguageToolsLoader(sources(() => new Promise(() => {})));
    await expect(loader.dictionary()).resolves.toBe(fakeTools.dictionary);
  });

  it('loads the language model with the rest, and reads on without it when it fails', async () => {
    const jieba = async () => ({ cut: () => [], tag: () => [], add_word: () => 0 });
    const model = { about: {} } as LanguageModel;
    const withModel = createLanguageToolsLoader({ ...sources(jieba), loadLanguageModel: async () => model });
    expect((await withModel.all()).languageModel).toBe(model);
    const log = vi.fn();
    const broken = createLanguageToolsLoader({ ...sources(jieba), loadLanguageModel: async () => Promise.reject(new Error('bad lm.bin')), log });
    const tools = await broken.all();
    expect(tools.languageModel).toBeUndefined();
    expect(tools.segmenter).toBeDefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('bad lm.bin'));
  });

  it('loads the topic vectors with the rest, and reads on without them when they fail', async () => {
    const jieba = async () => ({ cut: () => [], tag: () => [], add_word: () => 0 });
    const vectors = { dims: 2, count: 0 } as unknown as TopicVectors;
    const withVectors = createLanguageToolsLoader({ ...sources(jieba), loadTopicVectors: async () => vectors });
    expect((await withVectors.all()).topicVectors).toBe(vectors);
    const log = vi.fn();
    const broken = createLanguageToolsLoader({ ...sources(jieba), loadTopicVectors: async () => Promise.reject(new Error('bad topic.bin')), log });
    const tools = await broken.all();
    expect(tools.topicVectors).toBeUndefined();
    expect(tools.segmenter).toBeDefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('bad topic.bin'));
  });
});
