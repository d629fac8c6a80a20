/**
 * Build-time: turns OpenCC's conversion tables (as opencc-js ships them) into the compact table
 * behind `toSimplified` (simplified-view.ts). Pure, so it is tested on small hand-made tables.
 *
 * The view must keep every UTF-16 unit in place, so only one-character-for-one mappings of the
 * Basic Multilingual Plane are kept: astral characters (their surrogates) are never touched.
 */
import type { SimplifiedTable } from './simplified-table-format';

/** One OpenCC table: `[from, to]` pairs, each `to` the first of OpenCC's candidates. */
export type ConversionPairs = readonly (readonly [string, string])[];

export interface OpenccTables {
  /** TSCharacters: Traditional → Simplified, per character. */
  characters: ConversionPairs;
  /** TWVariantsRev, HKVariantsRev: a regional spelling → OpenCC's standard Traditional (為 → 爲, 綫 → 線). */
  variants: ConversionPairs;
  /** Traditional phrases (TSPhrases, TW/HK variant phrases) paired with OpenCC's phrase-level conversion. */
  phrases: ConversionPairs;
}

/** One UTF-16 unit that is not half of a surrogate pair. */
function isSingleBmpCharacter(text: string): boolean {
  return text.length === 1 && !/[\ud800-\udfff]/.test(text);
}

function isBmpText(text: string): boolean {
  return !/[\ud800-\udfff]/.test(text);
}

/**
 * CC-CEDICT's headwords as `[traditional, simplified]` pairs. They say which characters each script
 * writes: 乾 (乾隆), 著 (著名), 於 (a surname) are Traditional characters Simplified keeps in some
 * words, so they are no evidence that a text is Traditional; 干 (干涉), 后 (皇后) are Simplified
 * forms Traditional writes too, so they are no evidence that it is Simplified. And they name the
 * words that keep such a character where converting it would make no word (原著, not 原着).
 */
export type CedictHeadwords = readonly (readonly [string, string])[];

/**
 * [Taiwan's character, the standard Traditional character it stands for] in words where the two
 * convert to different Simplified characters: Taiwan's Ministry of Education writes 帳 for accounts
 * (帳戶, 記帳), where OpenCC and CC-CEDICT write 賬.
 */
const TAIWAN_FORMS: readonly (readonly [string, string])[] = [['帳', '賬']];

export function compileSimplifiedTable(tables: OpenccTables, cedict: CedictHeadwords): SimplifiedTable {
  const simplifiedCharacters = new Set<string>();
  const traditionalCharacters = new Set<string>();
  const simplifiedHeadwords = new Set<string>();
  for (const [traditional, simplified] of cedict) {
    for (const c of simplified) simplifiedCharacters.add(c);
    for (const c of traditional) traditionalCharacters.add(c);
    simplifiedHeadwords.add(simplified);
  }
  const map = new Map<string, string>();
  for (const [from, to] of tables.characters) {
    if (isSingleBmpCharacter(from) && isSingleBmpCharacter(to) && from !== to) map.set(from, to);
  }
  // A regional spelling converts through the standard form (裡 → 裏 → 里), unless it is itself a
  // Simplified character that has a Traditional form (么, 台): Simplified text must read through
  // unchanged.
  const simplifiedWithTraditionalForm = new Set(tables.characters.map(([, to]) => to));
  for (const [variant, standard] of tables.variants) {
    if (!isSingleBmpCharacter(variant) || map.has(variant) || simplifiedWithTraditionalForm.has(variant)) continue;
    const simplified = map.get(standard) ?? standard;
    if (isSingleBmpCharacter(simplified) && simplified !== variant) map.set(variant, simplified);
  }

  const traditionalOnly: string[] = [];
  const alsoSimplified: string[] = [];
  for (const [from, to] of [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    (simplifiedCharacters.has(from) ? alsoSimplified : traditionalOnly).push(from + to);
  }

  const characterLevel = (text: string) => [...text].map((c) => map.get(c) ?? c).join('');
  const phrases = new Map<string, string>();
  for (const [from, to] of tables.phrases) {
    // Only where the phrase reads differently from its characters (乾隆 stays 乾隆, 瞭望 stays 瞭望).
    if (from.length < 2 || from.length !== to.length || !isBmpText(from) || !isBmpText(to)) continue;
    if (characterLevel(from) === to || phrases.has(from)) continue;
    phrases.set(from, to);
  }
  // CC-CEDICT's words that keep a Traditional character in Simplified where converting it makes
  // no word: 原著, 編著 keep 著 (原着 is none), while 夥伴 still becomes 伙伴 (a word).
  for (const [from, to] of cedict) {
    if (from.length < 2 || from.length !== to.length || !isBmpText(from) || phrases.has(from)) continue;
    const converted = characterLevel(from);
    if (converted === to || simplifiedHeadwords.has(converted)) continue;
    const keepsOnly = [...to].every((c, i) => c === converted.charAt(i) || (c === from.charAt(i) && map.has(c)));
    if (keepsOnly) phrases.set(from, to);
  }

  // Taiwan's standard forms that stand for another character in some of its senses: 帳 "curtain, tent"
  // (帐) is also Taiwan's character for 賬 "account" (账), so a Taiwanese page writes 算帳, 記帳, 帳戶
  // where CC-CEDICT has 算賬, 記賬, 賬戶. Converted by character those read 算帐, 记帐: no word of
  // CC-CEDICT or jieba, so the segmenter cut 算|帳 (session 28, issue 14). Each CC-CEDICT word written
  // with the standard character (賬) becomes a phrase written Taiwan's way (算帳 → 算账), where the
  // character-level conversion makes no word (帳篷 → 帐篷 stays a word and is left alone).
  for (const [taiwan, standard] of TAIWAN_FORMS) {
    for (const [from, to] of cedict) {
      if (from.length < 2 || from.length !== to.length || !from.includes(standard) || !isBmpText(from)) continue;
      const written = from.replaceAll(standard, taiwan);
      const converted = characterLevel(written);
      if (phrases.has(written) || converted === to || simplifiedHeadwords.has(converted)) continue;
      phrases.set(written, to);
    }
  }

  // Characters that only Simplified writing uses (个, 们, 这): evidence that text is Simplified.
  const simplifiedOnly = new Set<string>();
  for (const to of map.values()) if (!traditionalCharacters.has(to) && !map.has(to)) simplifiedOnly.add(to);

  return {
    traditionalOnly: traditionalOnly.join(''),
    alsoSimplified: alsoSimplified.join(''),
    phrases: [...phrases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, to]) => `${from}${to}`),
    simplifiedOnly: [...simplifiedOnly].sort().join(''),
  };
}
