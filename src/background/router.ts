/**
 * One router for every message the background accepts. Each handler answers with the response type
 * the protocol names for its request; requests that fail validation get no answer at all.
 */
import type { DudongRequest, ResponseFor } from '../messaging/protocol';
import type { Dictionary } from '../dictionary/index';
import { findInjectedSpans } from '../spam/index';
import { pastedSentences, rememberSentences, siteOf } from '../spam/sentence-memory';
import { analyzeArticle, SpamCache } from './analyze-article';
import type { LanguageTools } from './language-tools';
import type { PastedSentenceStore } from './pasted-sentences';
import { parseDudongRequest } from './parse-request';

export interface RouterDeps {
  languageTools(): Promise<LanguageTools>;
  /** Just the dictionary (lookups), which loads sooner than the whole pipeline. */
  dictionary(): Promise<Dictionary>;
  injectReader(tabId: number, frameId: number): Promise<void>;
  /** Sentences each site has pasted, so one copy on a later page is enough to hide them. */
  pastedSentences?: PastedSentenceStore;
  log?(message: string): void;
}

/** Where a message came from, as runtime.onMessage reports it. */
export interface MessageOrigin {
  tabId?: number;
  frameId?: number;
  /** The sending frame's address (for the per-site memory of pasted sentences). */
  url?: string;
}

type Handled<T extends DudongRequest['type']> = Promise<ResponseFor[T]>;

export function createRouter(deps: RouterDeps) {
  const log = deps.log ?? (() => {});
  const spamCache = new SpamCache();

  async function handle(request: DudongRequest, origin: MessageOrigin): Handled<DudongRequest['type']> {
    switch (request.type) {
      case 'warm':
        await deps.languageTools();
        return;
      case 'page-classified': {
        // Pages without an article only look words up: they need the dictionary, not jieba.
        const warming = request.kind === 'article' ? deps.languageTools() : deps.dictionary();
        void warming.catch((error: unknown) => log(`warming failed: ${String(error)}`));
        if (origin.tabId === undefined) return;
        await deps.injectReader(origin.tabId, origin.frameId ?? 0);
        return;
      }
      case 'analyze': {
        const tools = await deps.languageTools();
        const store = request.findSpam ? deps.pastedSentences : undefined;
        const site = store ? siteOf(origin.url) : null;
        const knownSentences = store && site ? await store.get(site).catch(() => []) : [];
        const started = performance.now();
        const response = analyzeArticle(request, {
          segmenter: tools.segmenter,
          pinyin: tools.pinyin,
          isKnownWord: (word) => tools.dictionary.hasWord(word),
          findInjectedSpans,
          pastedBefore: site ? { site, sentences: knownSentences } : undefined,
        }, spamCache);
        const found = pastedSentences(request.paragraphs, response.paragraphs.map((p) => p.spam));
        if (store && site && found.some((s) => !knownSentences.includes(s)))
          void store.set(site, rememberSentences(knownSentences, found)).catch((error: unknown) => log(`remembering sentences failed: ${String(error)}`));
        const chars = request.paragraphs.reduce((sum, p) => sum + p.length, 0);
        const part = request.tokensFor ? ` (tokens for ${request.tokensFor.length} of ${request.paragraphs.length} paragraphs)` : '';
        log(`analyzed ${chars} characters${part} in ${Math.round(performance.now() - started)} ms`);
        return response;
      }
      case 'lookup':
        return (await deps.dictionary()).lookup(request.word, request.reading);
      case 'longest-match':
        return { length: (await deps.dictionary()).longestMatch(request.text) };
    }
  }

  /** For runtime.onMessage: a promise for requests we answer, undefined for messages we ignore. */
  return (message: unknown, origin: MessageOrigin): Promise<unknown> | undefined => {
    const request = parseDudongRequest(message);
    if (!request) return undefined;
    return handle(request, origin).catch((error: unknown) => {
      log(`${request.type} failed: ${String(error)}`);
      throw error;
    });
  };
}
