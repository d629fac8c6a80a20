/**
 * One router for every message the background accepts: one handler per request type, answering with
 * the response type the protocol names for it, wrapped in an `Answer`. Messages that are no Dudong
 * request get no answer at all; malformed or oversized ones get an error answer.
 */
import { answerError, answerValue, type Answer } from '../messaging/answer';
import type { DudongRequest, RequestOf, RequestType, ResponseOf } from '../messaging/protocol';
import { pastedSentences, siteOf } from '../spam/sentence-memory';
import type { LanguageService } from './language-service';
import type { HskTable } from '../learner/hsk-table';
import { withHskLevels, withWordLevel } from '../learner/word-levels';
import type { PastedSentenceStore } from './pasted-sentences';
import { parseDudongRequest } from './parse-request';
import { tooLarge } from './request-size';

export interface RouterDeps {
  /** The heavy state (jieba, dictionary, models): in the language worker (extension), or in this thread (tests). */
  language: LanguageService;
  injectReader(tabId: number, frameId: number): Promise<void>;
  /** Sentences each site has pasted, so one copy on a later page is enough to hide them. */
  pastedSentences?: PastedSentenceStore;
  /** HSK levels and frequency bands (for the tooltip and for known words by level). */
  hskTable?(): Promise<HskTable>;
  /** A page was found Chinese (Chrome: so the next browser start warms the worker, recent-reading.ts). */
  onChinesePage?(): Promise<void>;
  log?(message: string): void;
}

/** Where a message came from, as runtime.onMessage reports it. */
export interface MessageOrigin {
  tabId?: number;
  frameId?: number;
  /** The sending frame's address (for the per-site memory of pasted sentences). */
  url?: string;
}

type Handlers = { [K in RequestType]: (request: RequestOf<K>, origin: MessageOrigin) => Promise<ResponseOf<K>> };

export function createRouter(deps: RouterDeps) {
  const log = deps.log ?? (() => {});
  const { language } = deps;
  /** Levels are an extra: without the table, lookups and analyses answer without them. */
  const hskTable = async (): Promise<HskTable | undefined> => {
    if (!deps.hskTable) return undefined;
    try {
      return await deps.hskTable();
    } catch (error) {
      log(`HSK table unavailable: ${String(error)}`);
      return undefined;
    }
  };

  const handlers: Handlers = {
    async warm() {
      await language.warm('article');
    },
    async 'page-classified'(request, origin) {
      void language.warm(request.kind).catch((error: unknown) => log(`warming failed: ${String(error)}`));
      void deps.onChinesePage?.().catch((error: unknown) => log(`noting the Chinese page failed: ${String(error)}`));
      if (origin.tabId === undefined) return;
      await deps.injectReader(origin.tabId, origin.frameId ?? 0);
    },
    async analyze(request, origin) {
      const store = request.findSpam ? deps.pastedSentences : undefined;
      const site = store ? siteOf(origin.url) : null;
      const knownSentences = store && site ? await store.get(site).catch(() => []) : [];
      const response = await language.analyze(request, site ? { site, sentences: knownSentences } : undefined);
      const found = pastedSentences(request.paragraphs, response.paragraphs.map((p) => p.spam));
      if (store && site && found.length)
        void store.remember(site, found).catch((error: unknown) => log(`remembering sentences failed: ${String(error)}`));
      const hsk = await hskTable();
      return hsk ? withHskLevels(response, hsk) : response;
    },
    async lookup(request) {
      const [found, hsk] = await Promise.all([language.lookup(request.word, request.reading), hskTable()]);
      return found && hsk ? withWordLevel(found, hsk) : found;
    },
    async 'longest-match'(request) {
      return { length: await language.longestMatch(request.text) };
    },
  };

  function handle(request: DudongRequest, origin: MessageOrigin): Promise<unknown> {
    // The table pairs each type with its handler; TypeScript cannot follow that through a union.
    const handler = handlers[request.type] as (request: DudongRequest, origin: MessageOrigin) => Promise<unknown>;
    return handler(request, origin);
  }

  /** For runtime.onMessage: a promise of an `Answer` for Dudong requests, undefined for messages we ignore. */
  return (message: unknown, origin: MessageOrigin): Promise<Answer> | undefined => {
    const parsed = parseDudongRequest(message);
    if (parsed.kind === 'ignored') return undefined;
    if (parsed.kind === 'invalid') {
      log(`refused a malformed ${parsed.type} request: ${parsed.problem}`);
      return Promise.resolve(answerError('invalid-request', `malformed ${parsed.type} request: ${parsed.problem}`));
    }
    const { request } = parsed;
    const oversize = tooLarge(request);
    if (oversize) return Promise.resolve(answerError('too-large', oversize));
    return handle(request, origin).then(answerValue, (error: unknown) => {
      log(`${request.type} failed: ${String(error)}`);
      return answerError('failed', `${request.type} failed: ${String(error)}`);
    });
  };
}
