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
import { recentReading } from '../src/background/recent-reading';
import { createRouter } from '../src/background/router';
import { hskTableLoader } from '../src/learner/hsk-loader';

export default defineBackground(() => {
  const log = (message: string) => console.info(`[dudong] ${message}`);
  // The language state lives in a worker (src/background/language-worker.ts): Firefox's persistent
  // background page starts it itself; Chrome's service worker cannot start workers, and is stopped
  // when idle, so an offscreen document holds it (offscreen-relay.ts).
  const offscreen = import.meta.env.FIREFOX ? undefined : offscreenLanguageService(log);
  const language: LanguageService = offscreen ?? languageServiceOver(new Worker(extensionUrl(LANGUAGE_WORKER_PATH)));
  const reading = offscreen ? recentReading() : undefined;
  const route = createRouter({
    language,
    onChinesePage: reading?.noteChinesePage,
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
  // Build the segmenter when the browser starts (or Dudong is installed or updated), not when the
  // first article is opened: the worker takes seconds to start on a slow machine, its dictionary
  // alone 0.3–0.9 s. Firefox's persistent background page always does. Chrome's offscreen document
  // holds 42 MB, so a browser start opens it only for someone who read Chinese in the last two weeks
  // (recent-reading.ts); otherwise the detector's first Chinese page opens it, and it closes again
  // after ten minutes unused (offscreen-idle.ts).
  const warm = () => void language.warm('article').catch((error: unknown) => log(`warming failed: ${String(error)}`));
  browser.runtime.onInstalled.addListener(warm);
  browser.runtime.onStartup.addListener(() => {
    if (!reading) return warm();
    void reading.readChineseRecently().then(
      (recent) => (recent ? warm() : log('not warming the language worker: no Chinese page in two weeks')),
      (error: unknown) => log(`reading the last Chinese page failed: ${String(error)}`),
    );
  });
});
