/**
 * Hover lookups in the page: word under the pointer → background lookup → tooltip.
 * Called by the reader content script once the page is classified.
 */
import { saveWord } from '../wordlist/store';
import { createHoverController, type HoverMode } from './controller';
import { cachedBackend, messagingBackend } from './lookup-client';
import { offersZhuyinFirst } from '../script/page-language';
import { DEFAULT_DISPLAY, loadDisplaySettings, resolvePinyinStyle, watchDisplaySettings } from './settings';

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
  const zhuyinFirst = offersZhuyinFirst(document);
  const controller = createHoverController(mode, signal, {
    backend: cachedBackend(messagingBackend()),
    saveWord,
    display: { ...DEFAULT_DISPLAY, pinyinStyle: resolvePinyinStyle('auto', zhuyinFirst) },
  });
  // Settings arrive asynchronously; until then the defaults are shown.
  void loadDisplaySettings(zhuyinFirst)
    .then((display) => {
      if (!signal.aborted) controller.setDisplay(display);
    })
    .catch(() => undefined);
  const unwatch = watchDisplaySettings((display) => controller.setDisplay(display), zhuyinFirst);
  signal.addEventListener('abort', unwatch, { once: true });
}
