/**
 * Hover lookups in the page: word under the pointer → background lookup → tooltip.
 * Called by the reader content script once the page is classified.
 */
import { currentTranslator, watchLanguage } from '../i18n/current-language';
import { translator } from '../i18n/translate';
import { speakChinese, speechAvailable } from '../learner/speech';
import { speechRateItem } from '../settings/learner-settings';
import { saveWord } from '../wordlist/store';
import { createHoverController, type HoverLearner, type HoverMode } from './controller';
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
  /** Known words and notes (the reader's page learner). */
  learner?: HoverLearner & { onChange(listener: () => void): () => void };
}

export function startHoverLookups(options: HoverOptions): void {
  const { mode, signal, learner } = options;
  if (signal.aborted) return;
  const zhuyinFirst = offersZhuyinFirst(document);
  const controller = createHoverController(mode, signal, {
    backend: cachedBackend(messagingBackend()),
    saveWord,
    display: { ...DEFAULT_DISPLAY, pinyinStyle: resolvePinyinStyle('auto', zhuyinFirst) },
    learner,
    speak: speechAvailable() ? async (text) => speakChinese(text, await speechRateItem.getValue()) : undefined,
    translate: translator('en'),
  });
  void currentTranslator()
    .then(({ t }) => {
      if (!signal.aborted) controller.setTranslate(t);
    })
    .catch(() => undefined);
  const unwatchLanguage = watchLanguage((language) => controller.setTranslate(translator(language)));
  signal.addEventListener('abort', unwatchLanguage, { once: true });
  if (learner) {
    const unsubscribe = learner.onChange(() => controller.refresh());
    signal.addEventListener('abort', unsubscribe, { once: true });
  }
  // Settings arrive asynchronously; until then the defaults are shown.
  void loadDisplaySettings(zhuyinFirst)
    .then((display) => {
      if (!signal.aborted) controller.setDisplay(display);
    })
    .catch(() => undefined);
  const unwatch = watchDisplaySettings((display) => controller.setDisplay(display), zhuyinFirst);
  signal.addEventListener('abort', unwatch, { once: true });
}
