import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectReader } from '../src/background/inject-reader';
import { LANGUAGE_WORKER_PATH, languageServiceOver } from '../src/background/language-rpc';
import type { LanguageService } from '../src/background/language-service';
import { extensionUrl, loadPackagedAsset } from '../src/background/load-asset';
import { offscreenLanguageService } from '../src/background/offscreen-host';
import { isOffscreenIdleNotice } from '../src/background/offscreen-idle';
import { OFFSCREEN_PATH } from '../src/background/offscreen-relay';
import { createPastedSentenceStore } from '../src/background/pasted-sentences';
import { createRouter } from '../src/background/router';
import { hskTableLoader } from '../src/learner/hsk-loader';

export default defineBackground(() => {
  const log = (message: string) => console.info(`[dudong] ${message}`);
  // The language state lives in a worker (src/background/language-worker.ts): Firefox's persistent
  // background page starts it itself; Chrome's service worker cannot start workers, and is stopped
  // when idle, so an offscreen document holds it (offscreen-relay.ts).
  const offscreen = import.meta.env.FIREFOX ? undefined : offscreenLanguageService(log);
  const language: LanguageService = offscreen ?? languageServiceOver(new Worker(extensionUrl(LANGUAGE_WORKER_PATH)));
  const route = createRouter({
    language,
    injectReader,
    pastedSentences: createPastedSentenceStore(),
    hskTable: hskTableLoader(loadPackagedAsset),
    log,
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    // Chrome: the offscreen document, long unused, asks to be closed (offscreen-idle.ts).
    if (offscreen && isOffscreenIdleNotice(message)) {
      if (sender.url && new URL(sender.url).pathname === OFFSCREEN_PATH && sender.id === browser.runtime.id) void offscreen.closeIfIdle();
      return undefined;
    }
    return route(message, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url });
  });
  // Firefox's persistent background page builds the segmenter when the browser starts (or Dudong is
  // installed or updated), not when the first article is opened: its dictionary takes 0.3–0.9 s to
  // build, and once built it stays. Chrome opens its offscreen document only when the detector first
  // finds a Chinese page (the router's page-classified warms it), so a browser that never shows
  // Chinese does not hold the worker's 42 MB.
  if (!offscreen) {
    const warm = () => void language.warm('article').catch((error: unknown) => log(`warming failed: ${String(error)}`));
    browser.runtime.onStartup.addListener(warm);
    browser.runtime.onInstalled.addListener(warm);
  }
});
