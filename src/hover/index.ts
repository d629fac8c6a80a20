/**
 * Hover lookups in the page: word under the pointer → background lookup → tooltip.
 * Called by the reader content script once the page is classified.
 */
import { saveWord } from '../wordlist/store';
import { createHoverController, type HoverMode } from './controller';
import { cachedBackend, messagingBackend } from './lookup-client';
import { DEFAULT_DISPLAY, loadDisplaySettings, watchDisplaySettings } from './settings';

export interface HoverOptions {
  /**
   * 'article': words are the reader's ruby elements (text it left alone falls back to the longest
   * dictionary match); 'chinese': the longest dictionary match at the pointer.
   */
  mode: HoverMode;
  /** Aborted when Dudong is turned off for the page: remove every listener and UI. */
  signal: AbortSignal;
}

export function startHoverLookups(options: HoverOptions): void {
  const { mode, signal } = options;
  if (signal.aborted) return;
  const controller = createHoverController(mode, signal, {
    backend: cachedBackend(messagingBackend()),
    saveWord,
    display: DEFAULT_DISPLAY,
  });
  // Settings arrive asynchronously; until then the defaults are shown.
  void loadDisplaySettings()
    .then((display) => {
      if (!signal.aborted) controller.setDisplay(display);
    })
    .catch(() => undefined);
  const unwatch = watchDisplaySettings((display) => controller.setDisplay(display));
  signal.addEventListener('abort', unwatch, { once: true });
}
