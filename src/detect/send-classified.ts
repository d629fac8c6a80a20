/**
 * Tells the background what the detector found. Uses the callback form of `chrome.runtime`, which
 * Chrome and Firefox both provide in content scripts, instead of the promise polyfill: the polyfill
 * would be 11 KB of the detector's 19 KB, loaded on every page of the web.
 */
import type { PageClassifiedRequest } from '../messaging/protocol';

interface CallbackRuntime {
  runtime?: {
    sendMessage(message: unknown, callback: () => void): void;
    lastError?: unknown;
  };
}

export function sendPageClassified(kind: PageClassifiedRequest['kind']): void {
  const runtime = (globalThis as { chrome?: CallbackRuntime }).chrome?.runtime;
  if (!runtime) return;
  const message: PageClassifiedRequest = { type: 'page-classified', kind };
  try {
    // Reading lastError marks it handled: no receiver (background restarting) is not an error here.
    runtime.sendMessage(message, () => void runtime.lastError);
  } catch {
    // The extension was reloaded under this page; the page stays marked.
  }
}
