/**
 * Memory of pasted sentences across pages of one site: what is remembered, and that a line
 * remembered from an earlier page is found on a later page where it is pasted only once.
 * Text written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeSpamTools } from '../../scripts/spam/node-tools';
import type { LanguageTools } from '../../src/background/language-tools';
import type { PastedSentenceStore } from '../../src/background/pasted-sentences';
import { createLocalLanguageService } from '../../src/background/language-service';
import { createRouter } from '../../src/background/router';
import { createBackgroundClient } from '../../src/messaging/ask-background';
import { findInjectedSpans, type SpamTools } from '../../src/spam/index';
import { pastedSentences, rememberSentences, siteOf } from '../../src/spam/sentence-memory';

let tools: SpamTools;
beforeAll(async () => {
  tools = await createNodeSpamTools();
}, 120_000);

const LINE = '我这个月的工资又全都花在买鞋上了';
const TITLE = '市图书馆延长开放时间';

describe('sentence memory', () => {
  it('remembers the sentences pasted on a page, most recent first, each once, up to the limit', () => {
    const first = [
      `图书馆今天宣布${LINE}延长开放时间,读者反响热烈。`,
      `新的安排从下月开始,${LINE}工作日和周末都一样执行。`,
    ];
    const found = pastedSentences(first, findInjectedSpans(TITLE, first, tools));
    expect(found).toEqual([LINE]);
    expect(rememberSentences(['老的一句话我早就说过很多次了'], found)).toEqual([LINE, '老的一句话我早就说过很多次了']);
    expect(rememberSentences([LINE], [LINE])).toEqual([LINE]);
    expect(rememberSentences(['一二三四五六七八九', '九八七六五四三二一'], ['十九八七六五四三二一'], 2)).toEqual([
      '十九八七六五四三二一',
      '一二三四五六七八九',
    ]);
  });

  it('finds a remembered line pasted once on a later page, and nothing without the memory', () => {
    const later = [`馆长介绍说,自习座位将增加到三百个,${LINE}预约可以在网上进行。`, '不少读者表示欢迎。'];
    const hidden = (known: string[]) =>
      findInjectedSpans(TITLE, later, { ...tools, knownSentences: known }).flatMap((spans, p) =>
        spans.filter((s) => s.tier === 'hidden').map((s) => (later[p] ?? '').slice(s.start, s.end)),
      );
    expect(hidden([])).toEqual([]);
    expect(hidden([LINE])).toEqual([LINE]);
  });

  it('finds a remembered line on a Traditional page, as it was remembered from one', () => {
    const line = '我這個月的工資又全都花在買鞋上了';
    const later = [`館長介紹說,自習座位將增加到三百個,${line}預約可以在網上進行。`, '不少讀者表示歡迎。'];
    const found = findInjectedSpans('市圖書館延長開放時間', later, { ...tools, knownSentences: [line] });
    expect(found[0]?.filter((s) => s.tier === 'hidden').map((s) => later[0]?.slice(s.start, s.end))).toEqual([line]);
  });

  it('keys memory by site', () => {
    expect(siteOf('https://www.example.com/news/1.html')).toBe('example.com');
    expect(siteOf('http://news.example.cn/a')).toBe('news.example.cn');
    expect(siteOf('chrome-extension://abc/page.html')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });
});

describe('background memory per site', () => {
  it('remembers what a site pasted and hides a single copy on its next page only', async () => {
    const saved = new Map<string, string[]>();
    const store: PastedSentenceStore = {
      get: async (site) => saved.get(site) ?? [],
      remember: async (site, found) => void saved.set(site, rememberSentences(saved.get(site) ?? [], found)),
    };
    const languageTools: LanguageTools = {
      segmenter: tools.segmenter,
      pinyin: { readWords: (words) => words.map((w) => [...w].map(() => 'zi4')) },
      dictionary: { lookup: () => null, longestMatch: () => 0, hasWord: (w) => tools.isKnownWord?.(w) ?? false, customWords: () => [] },
    };
    const route = createRouter({ language: createLocalLanguageService({ all: async () => languageTools, dictionary: async () => languageTools.dictionary }), injectReader: async () => {}, pastedSentences: store });
    const analyze = async (url: string, paragraphs: string[]) => {
      const ask = createBackgroundClient(async (message) => route(message, { url }));
      const response = await ask({ type: 'analyze', title: TITLE, paragraphs, findSpam: true });
      return response.paragraphs.flatMap((p, i) => p.spam.map((s) => (paragraphs[i] ?? '').slice(s.start, s.end)));
    };
    const first = [`图书馆今天宣布${LINE}延长开放时间,读者反响热烈。`, `新的安排从下月开始,${LINE}工作日和周末都一样执行。`];
    expect(await analyze('https://farm.example/1.html', first)).toEqual([LINE, LINE]);
    await Promise.resolve();
    expect(saved.get('farm.example')).toEqual([LINE]);
    const later = [`馆长介绍说,自习座位将增加到三百个,${LINE}预约可以在网上进行。`, '不少读者表示欢迎。'];
    expect(await analyze('https://www.farm.example/2.html', later)).toEqual([LINE]);
    expect(await analyze('https://other.example/2.html', later)).toEqual([]);
  });
});
