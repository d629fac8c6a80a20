/**
 * Chrome's service worker side of the offscreen document (see offscreen-relay.ts): opens the
 * document when it is not open (first use, a new browser session, or after it was closed) and posts
 * it the calls. Chrome allows one offscreen document per extension; it stays open when the service
 * worker is stopped, which is the point. It closes it when the document says it was long unused
 * (offscreen-idle.ts), unless a call is on its way.
 */
import { browser } from 'wxt/browser';
import { remoteLanguageService } from './language-rpc';
import type { LanguageService } from './language-service';
import { OFFSCREEN_PATH, OFFSCREEN_TARGET, type OffscreenCall, type OffscreenReply } from './offscreen-relay';

/** The part of chrome.offscreen (Chrome 116+) used here; the polyfill does not type it. */
interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument(): Promise<boolean>;
}

const offscreenApi = (): OffscreenApi | undefined => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

/** The parts of a service worker's `clients` used here (the project's TS libs are the DOM's). */
interface WindowClient {
  url: string;
  postMessage(message: unknown, transfer: Transferable[]): void;
}
const scope = globalThis as unknown as {
  clients: { matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<WindowClient[]> };
};

export interface OffscreenLanguageService extends LanguageService {
  /** Closes the document (and its worker) unless a call is in flight; the next call opens it again. */
  closeIfIdle(): Promise<void>;
}

export function offscreenLanguageService(log: (message: string) => void = () => {}): OffscreenLanguageService {
  let opening: Promise<void> | undefined;
  /** While the document is being closed, calls wait, then open a new one. */
  let closing: Promise<void> | undefined;
  let inFlight = 0;

  const open = async () => {
    const api = offscreenApi();
    if (!api) throw new Error('Dudong: chrome.offscreen is not available');
    if (await api.hasDocument()) return;
    const started = performance.now();
    await api
      .createDocument({
        url: browser.runtime.getURL(OFFSCREEN_PATH as Parameters<typeof browser.runtime.getURL>[0]),
        reasons: ['WORKERS'],
        justification: 'Runs the Chinese segmenter and dictionary in a worker, loaded once per browser session.',
      })
      // Two service-worker lives may race to open it; the loser finds it open.
      .catch(async (error: unknown) => {
        if (!(await api.hasDocument())) throw error;
      });
    log(`offscreen document opened in ${Math.round(performance.now() - started)} ms`);
  };
  const ensureOpen = async () => {
    await closing;
    return (opening ??= open().finally(() => {
      opening = undefined;
    }));
  };

  /** The document as a window client of this service worker (it may take a moment to be listed). */
  const client = async (): Promise<WindowClient> => {
    for (let attempt = 0; ; attempt++) {
      await ensureOpen();
      const clients = await scope.clients.matchAll({ includeUncontrolled: true, type: 'window' });
      const found = clients.find((c) => new URL(c.url).pathname === OFFSCREEN_PATH);
      if (found) return found;
      if (attempt === 20) throw new Error('Dudong: the offscreen document is not reachable');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const send = async (method: OffscreenCall['method'], args: unknown[]): Promise<unknown> => {
    const call: OffscreenCall = { target: OFFSCREEN_TARGET, method, args };
    const { port1, port2 } = new MessageChannel();
    const reply = new Promise<OffscreenReply>((resolve) => {
      port1.onmessage = (event) => resolve(event.data as OffscreenReply);
    });
    inFlight++;
    try {
      (await client()).postMessage(call, [port2]);
      const answer = await reply;
      if ('error' in answer) throw new Error(answer.error);
      return answer.value;
    } finally {
      inFlight--;
      port1.close();
    }
  };

  const closeIfIdle = async () => {
    const api = offscreenApi();
    if (!api || inFlight > 0 || opening || closing) return;
    closing = (async () => {
      if (await api.hasDocument()) {
        await api.closeDocument();
        log('offscreen document closed: unused for a long time');
      }
    })()
      .catch((error: unknown) => log(`closing the offscreen document failed: ${String(error)}`))
      .finally(() => {
        closing = undefined;
      });
    await closing;
  };
  return { ...remoteLanguageService(send), closeIfIdle };
}
