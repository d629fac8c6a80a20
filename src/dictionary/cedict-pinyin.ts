/**
 * CC-CEDICT writes readings as `Zhong1 guo2`, `nu:3`, `yi1 hui4 r5`; the rest of Dudong uses
 * lower-case numbered syllables with ü as `v` (`nv3`). Tokens that are not syllables (`A`, `4S`, `,`)
 * are kept as CC-CEDICT has them.
 */
const SYLLABLE = /^[a-z:]+[1-5]$/i;

export function normaliseCedictSyllable(token: string): string {
  if (!SYLLABLE.test(token)) return token;
  return token.toLowerCase().replace(/u:/g, 'v');
}

export function normaliseCedictPinyin(pinyin: string): string {
  return pinyin.trim().split(/\s+/).map(normaliseCedictSyllable).join(' ');
}

/** Proper nouns are capitalised in CC-CEDICT (`Zhang1` the surname beside `zhang1` the verb). */
export function isCapitalised(pinyin: string): boolean {
  return /^[A-Z]/.test(pinyin.trim());
}
