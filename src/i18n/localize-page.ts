/** Puts an extension page's texts in the reader's language: every `data-i18n` element gets its message. */
import { languageTag, type Language, type MessageKey, type Translate } from './translate';

export function localizePage(doc: Document, t: Translate, language: Language): void {
  doc.documentElement.lang = languageTag(language);
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n-title]')) {
    element.title = t(element.dataset.i18nTitle as MessageKey);
  }
}
