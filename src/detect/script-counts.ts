import japaneseForms from './japanese-forms.json';

/** Kanji forms only Japanese writes (発, 駅, 図 …), compiled from CC-CEDICT by scripts/build-japanese-forms.ts. */
const JAPANESE_FORMS = new Set(japaneseForms.forms);

/**
 * Counts of the writing systems in a text sample. Pure; the detector feeds it a cheap sample of the
 * page's text and `decideLanguage` turns the counts into a verdict.
 */
export interface ScriptCounts {
  /** CJK unified ideographs (BMP blocks, extension A and compatibility ideographs). */
  han: number;
  /** Hiragana and katakana, without the marks Chinese text also uses (・ and ー). */
  kana: number;
  hangul: number;
  /** Of the Han characters, forms only Japanese writes: a kanji-heavy Japanese text shows them even without kana. */
  japaneseForms: number;
  /** ASCII and Latin-1 letters. */
  latin: number;
}

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, kana: 0, hangul: 0, latin: 0, japaneseForms: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      counts.han++;
      if (JAPANESE_FORMS.has(text.charAt(i))) counts.japaneseForms++;
    } else if (c >= 0x3040 && c <= 0x30ff) {
      // U+30FB (・) and U+30FC (ー) appear in Chinese text too (transliterated names, loanwords).
      if (c !== 0x30fb && c !== 0x30fc && c !== 0x30a0) counts.kana++;
    } else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) {
      counts.hangul++;
    } else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
      counts.latin++;
    }
  }
  return counts;
}
