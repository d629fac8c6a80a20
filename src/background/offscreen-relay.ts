/**
 * Chrome: the service worker reaches the language worker through an offscreen document, the one
 * extension page that stays open while the service worker is stopped (reason WORKERS: it exists to
 * run the language worker, which a service worker cannot start). The service worker posts each call
 * to the document as a window client, with a MessagePort for the answer; the document passes it on
 * to its worker. Runtime messaging is not used for this: a document listening to runtime messages
 * receives the content scripts' messages too, and Chrome then no longer wakes a stopped service
 * worker for them (seen in Chromium 156: the detector's message after a stop reached only the document).
 */
import { callLanguageService, LANGUAGE_METHODS, type LanguageMethod } from './language-rpc';
import type { LanguageService } from './language-service';

export const OFFSCREEN_PATH = '/offscreen.html';
export const OFFSCREEN_TARGET = 'dudong-offscreen';

export interface OffscreenCall {
  target: typeof OFFSCREEN_TARGET;
  method: LanguageMethod;
  args: unknown[];
}

export type OffscreenReply = { value: unknown } | { error: string };

export function isOffscreenCall(message: unknown): message is OffscreenCall {
  const call = message as Partial<OffscreenCall> | null;
  return call?.target === OFFSCREEN_TARGET && LANGUAGE_METHODS.includes(call.method as LanguageMethod) && Array.isArray(call.args);
}

/** The document's side: answers a call from the service worker, on its port, with the worker's answer; resolves once answered. */
export function relayOffscreenCall(service: LanguageService, call: OffscreenCall, reply: { postMessage(message: OffscreenReply): void }): Promise<void> {
  return callLanguageService(service, call.method, call.args).then(
    (value) => reply.postMessage({ value }),
    (error: unknown) => reply.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
