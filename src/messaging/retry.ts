/**
 * Retrying a background request that failed for a passing reason: Chrome stops an idle service
 * worker (a request in flight then gets no answer), and the next message starts it again; a tool
 * that failed to load (wasm) is loaded again on the next request. Malformed and oversized requests
 * are not retried: they would fail the same way.
 */
import { BackgroundError, type BackgroundErrorCode } from './answer';

const TRANSIENT: ReadonlySet<BackgroundErrorCode> = new Set(['unreachable', 'bad-response', 'failed']);

export function isTransient(error: unknown): boolean {
  return error instanceof BackgroundError && TRANSIENT.has(error.code);
}

export interface RetryOptions {
  /** Waits before each retry, in ms: their number is the number of retries. */
  delays: readonly number[];
  retryable?(error: unknown): boolean;
  /** Before each wait: which retry this is (1-based) and why. */
  onRetry?(attempt: number, error: unknown): void;
  /** Stops retrying (the page was switched off): the last error is thrown. */
  signal?: AbortSignal;
  sleep?(ms: number): Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function withRetry<A extends unknown[], R>(run: (...args: A) => Promise<R>, options: RetryOptions): (...args: A) => Promise<R> {
  const { delays, retryable = isTransient, onRetry, signal, sleep = wait } = options;
  return async (...args) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run(...args);
      } catch (error) {
        const delay = delays[attempt];
        if (delay === undefined || !retryable(error) || signal?.aborted) throw error;
        onRetry?.(attempt + 1, error);
        await sleep(delay);
        if (signal?.aborted) throw error;
      }
    }
  };
}
