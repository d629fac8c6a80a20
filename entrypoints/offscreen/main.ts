import { browser } from 'wxt/browser';
import { LANGUAGE_WORKER_PATH, languageServiceOver } from '../../src/background/language-rpc';
import { watchIdle, type OffscreenIdleNotice } from '../../src/background/offscreen-idle';
import { isOffscreenCall, OFFSCREEN_TARGET, relayOffscreenCall } from '../../src/background/offscreen-relay';

// Chrome only (see src/background/offscreen-relay.ts): holds the language worker while the service
// worker comes and goes, and passes the service worker's calls on to it.
const worker = new Worker(browser.runtime.getURL(LANGUAGE_WORKER_PATH as Parameters<typeof browser.runtime.getURL>[0]));
const service = languageServiceOver(worker);
// Long unused: the service worker is asked to close this document (offscreen-idle.ts).
const idle = watchIdle(() => {
  void browser.runtime.sendMessage({ target: OFFSCREEN_TARGET, idle: true } satisfies OffscreenIdleNotice).catch(() => undefined);
});

// Only our own service worker can post to this document as a client of it.
navigator.serviceWorker.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (port && isOffscreenCall(event.data)) void idle.during(relayOffscreenCall(service, event.data, port));
});
navigator.serviceWorker.startMessages();
