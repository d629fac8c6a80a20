/**
 * What the real-browser hover tests load into a page: the same modules the extension bundles, plus a
 * tiny in-page dictionary standing in for the background (test data, not the real dictionary).
 */
import type { LookupResponse } from '../../src/messaging/protocol';
import { caretAt, characterAtPoint } from '../../src/hover/caret-at-point';
import { createHoverController } from '../../src/hover/controller';
import { collectText } from '../../src/hover/inline-text';
import { cachedBackend, type HoverBackend } from '../../src/hover/lookup-client';
import { Tooltip } from '../../src/ui/tooltip/tooltip';
import { buildTooltipView } from '../../src/ui/tooltip/view-model';
import type { WordListEntry } from '../../src/wordlist/types';

const sense = (pinyin: string, ...definitions: string[]) => ({ pinyin, definitions });
const entry = (word: string, pinyin: string, definitions: string[], extra: Partial<LookupResponse> = {}): LookupResponse => ({
  word,
  simplified: word,
  traditional: word,
  senses: [sense(pinyin, ...definitions)],
  characters: [...word].length > 1 ? [...word].map((char) => ({ char, senses: [sense('x1', `meaning of ${char}`)] })) : [],
  ...extra,
});

export const TEST_WORDS: Record<string, LookupResponse> = {
  信访: entry('信访', 'xin4 fang3', ['letters and visits'], {
    traditional: '信訪',
    glossary: {
      term: '信访', pinyin: 'xin4 fang3', gloss: 'petitioning', explanation: 'Citizens petition the authorities.',
      category: 'governance', related: ['上访'],
    },
  }),
  信访局: entry('信访局', 'xin4 fang3 ju2', ['petitions bureau']),
  信: entry('信', 'xin4', ['letter']),
  访: entry('访', 'fang3', ['to visit']),
  案件: entry('案件', 'an4 jian4', ['case']),
  群众: entry('群众', 'qun2 zhong4', ['the masses']),
  满意: entry('满意', 'man3 yi4', ['satisfied']),
  是: entry('是', 'shi4', ['is']),
  工作: entry('工作', 'gong1 zuo4', ['work']),
  // As the dictionary answers a Traditional page: the word as written, its Simplified form apart.
  幹部: entry('幹部', 'gan4 bu4', ['cadre'], { simplified: '干部', traditional: '幹部' }),
  𠀋: entry('𠀋', 'zhang4', ['(rare character)']),
};

export interface TestBackend extends HoverBackend {
  requests: string[];
  /** Delay, per word, before its lookup answers (to test that stale answers are dropped). */
  delays: Record<string, number>;
}

export function createTestBackend(): TestBackend {
  const backend: TestBackend = {
    requests: [],
    delays: {},
    async lookup(word) {
      backend.requests.push(word);
      const delay = backend.delays[word] ?? 0;
      if (delay) await new Promise((ok) => setTimeout(ok, delay));
      return TEST_WORDS[word] ?? null;
    },
    async longestMatch(text) {
      for (let length = Math.min(text.length, 20); length > 0; length--) {
        if (TEST_WORDS[text.slice(0, length)]) return length;
      }
      return 0;
    },
  };
  return backend;
}

export function startTestHover(mode: 'article' | 'chinese') {
  const controller = new AbortController();
  const backend = createTestBackend();
  const saved: WordListEntry[] = [];
  // Cached as in the extension (src/hover/index.ts): `requests` are those that reach the dictionary,
  // so a word's prefetch and its hover are one request.
  const hover = createHoverController(mode, controller.signal, {
    backend: cachedBackend(backend),
    saveWord: async (e) => void saved.push(e),
    display: { pinyinStyle: 'marks', toneColours: true },
  });
  return { hover, backend, saved, stop: () => controller.abort() };
}

export { buildTooltipView, caretAt, characterAtPoint, collectText, Tooltip };
