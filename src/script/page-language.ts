/**
 * Whether a page says it is written for Taiwan, Hong Kong or Macau, or in Traditional characters:
 * readers of such pages learnt zhuyin (ㄓㄨˋ ㄧㄣ) first, so it is the reading offered there until
 * the user picks a style. Only what the page declares counts, as the HTML spec reads it: the root
 * element's `lang`, else a `<meta http-equiv="content-language">` naming one language.
 */

/** Whether one BCP 47 tag names Chinese in Traditional characters or of Taiwan, Hong Kong or Macau. */
export function isTraditionalChineseTag(tag: string): boolean {
  const [language = '', ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  if (!['zh', 'cmn', 'yue'].includes(language)) return false;
  const script = rest.find((part) => /^[a-z]{4}$/.test(part));
  if (script) return script === 'hant';
  return rest.some((part) => part === 'tw' || part === 'hk' || part === 'mo');
}

/** The language the page declares for itself, or '' when it declares none. */
export function declaredPageLanguage(doc: Document): string {
  const lang = doc.documentElement.getAttribute('lang')?.trim();
  if (lang) return lang;
  const pragma = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.trim() ?? '';
  // The spec ignores a pragma that lists several languages.
  return pragma.includes(',') ? '' : pragma;
}

/** Whether zhuyin is the reading to offer first on `doc` (see the file's header). */
export function offersZhuyinFirst(doc: Document): boolean {
  return isTraditionalChineseTag(declaredPageLanguage(doc));
}
