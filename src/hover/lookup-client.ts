/**
 * The background's dictionary as the hover code sees it. Behind an interface so the browser tests
 * drive the same controller with an in-page dictionary, and answers are cached because readers
 * hover the same words again and again.
 */
import { askBackground } from '../messaging/background-client';
import type { LongestMatchRequest, LookupRequest, LookupResponse } from '../messaging/protocol';
import { withRetry } from '../messaging/retry';

/** One quick retry: a hover that waits longer than this is no longer wanted. */
const LOOKUP_RETRY_DELAYS = [150];

export interface HoverBackend {
  /** `reading`: how the word is read where it stands (numbered, `hang2 zhang3`), listed first. */
  lookup(word: string, reading?: string): Promise<LookupResponse | null>;
  /** Length of the longest dictionary word at the front of `text`; 0 when none. */
  longestMatch(text: string): Promise<number>;
}

/**
 * The background over messaging. Answers are checked against the protocol's schemas; a failed or
 * malformed answer is an error (never "no entry"), so `cachedBackend` does not keep it.
 */
export function messagingBackend(ask = askBackground, retryDelays: readonly number[] = LOOKUP_RETRY_DELAYS): HoverBackend {
  // A stopped service worker loses the request in flight; the retry starts it again.
  const lookup = withRetry((request: LookupRequest) => ask(request), { delays: retryDelays });
  const longestMatch = withRetry((request: LongestMatchRequest) => ask(request), { delays: retryDelays });
  return {
    async lookup(word, reading) {
      return lookup(reading ? { type: 'lookup', word, reading } : { type: 'lookup', word });
    },
    async longestMatch(text) {
      return (await longestMatch({ type: 'longest-match', text })).length;
    },
  };
}

/** Keeps the newest `limit` answers of each kind; failed requests are not cached. */
export function cachedBackend(inner: HoverBackend, limit = 300): HoverBackend {
  const lookups = new Map<string, Promise<LookupResponse | null>>();
  const matches = new Map<string, Promise<number>>();
  function remember<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
    if (cache.size > limit) cache.delete(cache.keys().next().value!);
    return promise;
  }
  return {
    lookup: (word, reading) => remember(lookups, `${word}|${reading ?? ''}`, () => inner.lookup(word, reading)),
    longestMatch: (text) => remember(matches, text, () => inner.longestMatch(text)),
  };
}
