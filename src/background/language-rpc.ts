/**
 * The language service across a thread boundary: calls are `{ id, method, args }`, answers
 * `{ id, value }` or `{ id, error }`. The worker serves a local service on its `self`; the background
 * (Firefox's page, Chrome's offscreen document) holds the client. Only our own contexts post here.
 */
import type { LanguageService } from './language-service';

/** The worker's script (entrypoints/language-worker.ts), from the extension root. */
export const LANGUAGE_WORKER_PATH = '/language-worker.js';

export type LanguageMethod = keyof LanguageService;
export const LANGUAGE_METHODS: readonly LanguageMethod[] = ['warm', 'analyze', 'lookup', 'longestMatch'];

export interface LanguageCall {
  id: number;
  method: LanguageMethod;
  args: unknown[];
}

export type LanguageReply = { id: number; value: unknown } | { id: number; error: string };

/** Either end of a MessagePort-like channel (a Worker, a worker's `self`, a MessagePort). */
export interface MessageEnd {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** A worker as its creator sees it: it may also fail (its script did not load, it ran out of memory). */
interface FailingEnd extends MessageEnd {
  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent & ErrorEvent) => void): void;
}

function isCall(data: unknown): data is LanguageCall {
  const call = data as Partial<LanguageCall> | null;
  return typeof call?.id === 'number' && LANGUAGE_METHODS.includes(call.method as LanguageMethod) && Array.isArray(call.args);
}

/**
 * Runs a service method by name, with arguments that came as data. Runtime messaging sends JSON,
 * which turns an absent optional argument into null: no method takes null, so it is undefined again.
 */
export function callLanguageService(service: LanguageService, method: LanguageMethod, args: unknown[]): Promise<unknown> {
  const run = service[method] as (...args: unknown[]) => Promise<unknown>;
  return run.apply(service, args.map((arg) => (arg === null ? undefined : arg)));
}

/** Answers calls arriving on `end` with `service`. */
export function serveLanguageService(service: LanguageService, end: MessageEnd): void {
  end.addEventListener('message', (event) => {
    if (!isCall(event.data)) return;
    const { id, method, args } = event.data;
    callLanguageService(service, method, args).then(
      (value) => end.postMessage({ id, value } satisfies LanguageReply),
      (error: unknown) => end.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies LanguageReply),
    );
  });
}

/** A service whose every method is `send(method, args)`. */
export function remoteLanguageService(send: (method: LanguageMethod, args: unknown[]) => Promise<unknown>): LanguageService {
  return {
    warm: (...args) => send('warm', args) as Promise<void>,
    analyze: (...args) => send('analyze', args) as ReturnType<LanguageService['analyze']>,
    lookup: (...args) => send('lookup', args) as ReturnType<LanguageService['lookup']>,
    longestMatch: (...args) => send('longestMatch', args) as Promise<number>,
  };
}

/** The client end: a service whose calls are posted on `end` and answered by `serveLanguageService`. */
export function languageServiceOver(end: MessageEnd | FailingEnd): LanguageService {
  let nextId = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  // A worker that failed answers nothing more: its callers hear so instead of waiting for ever.
  (end as FailingEnd).addEventListener('error', (event) => {
    const error = new Error(`Dudong: the language worker failed: ${event.message ?? 'unknown error'}`);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  end.addEventListener('message', (event) => {
    const reply = event.data as Partial<LanguageReply> | null;
    const waiting = typeof reply?.id === 'number' ? pending.get(reply.id) : undefined;
    if (!reply || !waiting) return;
    pending.delete(reply.id!);
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve((reply as { value: unknown }).value);
  });
  return remoteLanguageService(
    (method, args) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        end.postMessage({ id, method, args } satisfies LanguageCall);
      }),
  );
}
