/**
 * Chrome's service worker side of the offscreen document (see offscreen-relay.ts): opens the
 * document when it is not open (first use, a new browser session, or after it was closed) and posts
 * it the calls. Chrome allows one offscreen document per extension; it stays open when the service
 * worker is stopped, which is the point.
 */
import { browser } from 'wxt/browser';
import { remoteLanguageService } from './language-rpc';
import type { LanguageService } from './language-service';
import { OFFSCREEN_PATH, OFFSCREEN_TARGET, type OffscreenCall, type OffscreenReply } from './offscreen-relay';

/** The part of chrome.offscreen (Chrome 116+) used here; the polyfill does not type it. */
interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
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

export function offscreenLanguageService(log: (message: string) => void = () => {}): LanguageService {
  let opening: Promise<void> | undefined;

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
  const ensureOpen = () =>
    (opening ??= open().finally(() => {
      opening = undefined;
    }));

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
    (await client()).postMessage(call, [port2]);
    const answer = await reply;
    port1.close();
    if ('error' in answer) throw new Error(answer.error);
    return answer.value;
  };
  return remoteLanguageService(send);
}
