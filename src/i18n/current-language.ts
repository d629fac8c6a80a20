/** The interface language in effect: the reader's choice, else the browser's (extension pages and content scripts). */
import { browser } from 'wxt/browser';
import { uiLanguageItem } from '../settings/learner-settings';
import { resolveLanguage, translator, type Language, type Translate } from './translate';

export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

export async function currentLanguage(): Promise<Language> {
  return resolveLanguage(await uiLanguageItem.getValue(), browserLanguage());
}

export async function currentTranslator(): Promise<{ language: Language; t: Translate }> {
  const language = await currentLanguage();
  return { language, t: translator(language) };
}

/** Calls `onChange` with the new language whenever the reader switches it; returns unwatch. */
export function watchLanguage(onChange: (language: Language) => void): () => void {
  return uiLanguageItem.watch((setting) => onChange(resolveLanguage(setting ?? 'auto', browserLanguage())));
}
