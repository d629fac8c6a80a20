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

/** Which characters each script writes (the characters of CC-CEDICT's headwords in either form). */
export interface CharacterUsage {
  /**
   * 乾 (乾隆), 著 (著名), 於 (a surname) are Traditional characters that Simplified text keeps in
   * some words: they are no evidence that a text is Traditional.
   */
  simplifiedCharacters: ReadonlySet<string>;
  /** 干 (干涉), 后 (皇后) are Simplified forms that Traditional writes too: no evidence of Simplified text. */
  traditionalCharacters: ReadonlySet<string>;
}

export function compileSimplifiedTable(tables: OpenccTables, usage: CharacterUsage): SimplifiedTable {
  const { simplifiedCharacters, traditionalCharacters } = usage;
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
