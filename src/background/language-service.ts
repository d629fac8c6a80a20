/**
 * What the background's router asks of the heavy language state (jieba, dictionary, pinyin, spam):
 * one interface, answered in the same thread (`createLocalLanguageService`: the language worker
 * itself, Node tests) or from another one (language-rpc.ts: the background talking to the worker).
 * Everything crossing it is plain data, so it can be posted between threads.
 */
import type { AnalyzeRequest, AnalyzeResponse, LookupResponse } from '../messaging/protocol';
import { findInjectedSpans } from '../spam/index';
import { analyzeArticle, SpamCache } from './analyze-article';
import type { LanguageToolsLoader } from './language-tools';

export type AnalyzeFields = Omit<AnalyzeRequest, 'type'>;

/** The sentences a site was seen pasting on earlier pages (the background keeps them in storage). */
export interface PastedBefore {
  site: string;
  sentences: readonly string[];
}

/** What a page about to be read will need: the whole reading pipeline, or lookups only. */
export type WarmKind = 'article' | 'chinese';

export interface LanguageService {
  /** Starts loading what a page of this kind needs; resolves when it is loaded. */
  warm(kind: WarmKind): Promise<void>;
  analyze(request: AnalyzeFields, pastedBefore?: PastedBefore): Promise<AnalyzeResponse>;
  lookup(word: string, reading?: string): Promise<LookupResponse | null>;
  longestMatch(text: string): Promise<number>;
}

export function createLocalLanguageService(loader: LanguageToolsLoader, log: (message: string) => void = () => {}): LanguageService {
  const spamCache = new SpamCache();
  return {
    async warm(kind) {
      // Pages without an article only look words up: they need the dictionary, not jieba.
      if (kind === 'article') await loader.all();
      else await loader.dictionary();
    },
    async analyze(request, pastedBefore) {
      const tools = await loader.all();
      const started = performance.now();
      const response = analyzeArticle(
        request,
        {
          segmenter: tools.segmenter,
          pinyin: tools.pinyin,
          isKnownWord: (word) => tools.dictionary.hasWord(word),
          languageModel: tools.languageModel,
          topicVectors: tools.topicVectors,
          findInjectedSpans,
          pastedBefore,
        },
        spamCache,
      );
      const chars = request.paragraphs.reduce((sum, p) => sum + p.length, 0);
      const part = request.tokensFor ? ` (tokens for ${request.tokensFor.length} of ${request.paragraphs.length} paragraphs)` : '';
      log(`analyzed ${chars} characters${part} in ${Math.round(performance.now() - started)} ms`);
      return response;
    },
    async lookup(word, reading) {
      return (await loader.dictionary()).lookup(word, reading);
    },
    async longestMatch(text) {
      return (await loader.dictionary()).longestMatch(text);
    },
  };
}
