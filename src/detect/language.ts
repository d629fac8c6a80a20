/**
 * Is a text sample Chinese? Pure decision over script counts. The page's `lang` attribute is only a
 * hint: many Chinese sites declare `en` (template defaults) and many declare nothing.
 */
import { countScripts, type ScriptCounts } from './script-counts';

export type PageLanguage = 'chinese' | 'japanese' | 'korean' | 'other';

/** Fewer Han characters than this in the sample is not enough to call a page Chinese. */
export const MIN_HAN = 20;
/**
 * Japanese prose is 30-60 % kana even in kanji-heavy headlines. Chinese pages quote Japanese:
 * entertainment news gives a film's or song's title in kana (《铃芽之旅》（すずめの戸締まり）), 8 % of
 * the letters in a short item. 20 % of the Han+kana letters keeps those Chinese; Japanese text
 * with less kana than that (wire notices, headline lists) shows Japanese-only forms (below) or
 * says lang="ja".
 */
export const MIN_KANA_SHARE = 0.2;
/**
 * Korean text is mostly Hangul even where it writes hanja (經濟 對策을: about half at most). Chinese
 * K-pop news quotes a group's or song's Hangul name (블랙핑크, 아파트), 8 % of the letters of a short
 * item. Korean needs 30 % Hangul.
 */
export const MIN_HANGUL_SHARE = 0.3;
/**
 * Japanese text written almost without kana (wire notices, tables, headline lists) still shows
 * forms only Japanese writes: 発 駅 図 売 are about 7% of the kanji of Japanese prose. Chinese text
 * has at most a stray one (a Japanese name): in the 96 corpus articles, in Simplified and in Taiwan
 * and Hong Kong conversions, no article has more than one, and the 539,000 Han characters of the CPP
 * sentences (Wikipedia) have eight in all.
 */
export const MIN_JAPANESE_FORMS = 3;
export const MIN_JAPANESE_FORM_SHARE = 0.02;
/**
 * One Han character carries about as much as a short English word (≈ 3-5 letters), so a page whose
 * Han count is below a third of its Latin letters is a Latin-script page quoting some Chinese.
 */
export const MIN_HAN_PER_LATIN = 1 / 3;
/**
 * A page that says it is Chinese needs less: a tutorial's config listing or code fills its first
 * screen with Latin letters (nginx, React) while every sentence around it is Chinese. Still one Han
 * character per ten letters, so an English page on a Chinese template quoting a slogan stays other.
 */
export const MIN_HAN_PER_LATIN_DECLARED_CHINESE = 1 / 10;
const DECLARED_CHINESE = /^(?:zh|cmn|yue)(?:-|$)/;

export function decideLanguageFromCounts(counts: ScriptCounts, langHint = ''): PageLanguage {
  const hint = langHint.toLowerCase();
  const { han, kana, hangul, latin, japaneseForms } = counts;
  if (hangul >= 3 && hangul >= MIN_HANGUL_SHARE * (han + hangul)) return 'korean';
  // A page that says it is Japanese needs less kana evidence: a kanji-only headline list on a
  // Japanese site should not turn into pinyin.
  const kanaShare = han + kana === 0 ? 0 : kana / (han + kana);
  if (kana >= 3 && (kanaShare >= MIN_KANA_SHARE || hint.startsWith('ja'))) return 'japanese';
  if (japaneseForms >= MIN_JAPANESE_FORMS && japaneseForms >= MIN_JAPANESE_FORM_SHARE * han) return 'japanese';
  if (han < MIN_HAN) return 'other';
  if (hint.startsWith('ja') && kana > 0) return 'japanese';
  const perLatin = DECLARED_CHINESE.test(hint) ? MIN_HAN_PER_LATIN_DECLARED_CHINESE : MIN_HAN_PER_LATIN;
  if (han < perLatin * latin) return 'other';
  return 'chinese';
}

export function decideLanguage(sample: string, langHint = ''): PageLanguage {
  return decideLanguageFromCounts(countScripts(sample), langHint);
}
