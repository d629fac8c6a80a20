/**
 * What the reader does when the background fails it: each analyze request is retried with back-off
 * (a stopped service worker is started again by the next message; a wasm load that failed is tried
 * again), and the reader's state says whether it is retrying or has given up, so the popup can say
 * "couldn't annotate" and offer a retry instead of showing "active". Kept apart from the session's
 * scheduling: it only wraps the session's `analyze` and hears its final errors.
 */
import { withRetry } from '../messaging/retry';

export type AnnotationTrouble = 'retrying' | 'failed';

/** About 14 s in all: long enough for Chrome to start the service worker again and reload its tools. */
export const ANALYZE_RETRY_DELAYS = [250, 750, 2_000, 4_000, 7_000] as const;

export interface AnnotationRecovery {
  readonly trouble: AnnotationTrouble | undefined;
  /** `analyze` retried with back-off; a success clears the trouble. */
  wrap<A extends unknown[], R>(analyze: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
  /** The session's final error for a request (retries exhausted, or not worth retrying). */
  failed(error: unknown): void;
  /** The user asked to try again (or the session restarted): forget the failure. */
  reset(): void;
}

export function createAnnotationRecovery(options: {
  signal?: AbortSignal;
  delays?: readonly number[];
  onChange?(trouble: AnnotationTrouble | undefined): void;
  log?(message: string, error: unknown): void;
}): AnnotationRecovery {
  const { signal, delays = ANALYZE_RETRY_DELAYS, onChange, log = (message, error) => console.warn(`[dudong] ${message}`, error) } = options;
  let trouble: AnnotationTrouble | undefined;
  const set = (next: AnnotationTrouble | undefined) => {
    if (next === trouble) return;
    trouble = next;
    onChange?.(next);
  };
  return {
    get trouble() {
      return trouble;
    },
    wrap(analyze) {
      const retried = withRetry(analyze, {
        delays,
        signal,
        onRetry: (attempt, error) => {
          log(`analysis failed, retry ${attempt} of ${delays.length}`, error);
          if (trouble !== 'failed') set('retrying');
        },
      });
      return async (...args) => {
        const result = await retried(...args);
        set(undefined);
        return result;
      };
    },
    failed(error) {
      log('annotation failed', error);
      set('failed');
    },
    reset() {
      set(undefined);
    },
  };
}
