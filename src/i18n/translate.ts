/**
 * The interface's words in the reader's language. The messages are the extension's `_locales`
 * files (what the manifest and browser.i18n use), bundled here too because browser.i18n always
 * follows the browser's language and the options page lets the reader choose another one.
 */
import en from '../../assets/public/_locales/en/messages.json';
import zhCN from '../../assets/public/_locales/zh_CN/messages.json';

export type Language = 'en' | 'zh_CN';
export type LanguageSetting = 'auto' | Language;
export type MessageKey = keyof typeof en;

interface MessageFile {
  [key: string]: { message: string; description?: string };
}

const CATALOGUES: Record<Language, MessageFile> = { en, zh_CN: zhCN };

/** `auto` follows the browser: any Chinese interface language gets Chinese, everything else English. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(browserLanguage.replace('_', '-')) ? 'zh_CN' : 'en';
}

export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

/** `$1`…`$9` in a message are replaced by the substitutions, as browser.i18n.getMessage does. */
export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, ...substitutions) => {
    const message = catalogue[key]?.message ?? en[key]?.message ?? key;
    return message.replace(/\$([1-9])/g, (whole, n: string) => {
      const value = substitutions[Number(n) - 1];
      return value === undefined ? whole : String(value);
    });
  };
}

/** The BCP 47 tag of a language, for `lang` attributes. */
export function languageTag(language: Language): string {
  return language === 'zh_CN' ? 'zh-Hans' : 'en';
}
