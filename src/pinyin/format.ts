/**
 * Display forms of numbered readings (`zhong4`, `de5`, `lv4`): tone marks, tone numbers, zhuyin.
 * Readings are shown as a dictionary writes them: no tone sandhi (一 yī, 不 bù), the neutral tone
 * unmarked (de, ˙ㄉㄜ, de5), and an erhua 儿 (reading `r5`, as CC-CEDICT and the CPP labels write
 * it) joined to the syllable before it: 一点儿 yī diǎnr.
 */
import { toZhuyin } from './zhuyin';

export type PinyinStyle = 'marks' | 'numbers' | 'zhuyin';

const MARKS: Record<string, string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

/** The vowel that carries the tone mark: a or e first, then the o of "ou", else the last vowel. */
function markIndex(base: string): number {
  for (const v of ['a', 'e']) {
    const i = base.indexOf(v);
    if (i >= 0) return i;
  }
  const ou = base.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = base.length - 1; i >= 0; i--) if ('iouü'.includes(base[i]!)) return i;
  return -1;
}

export function toToneMarks(numbered: string): string {
  const match = /^([a-zü:v]+?)([1-5])?$/i.exec(numbered);
  if (!match) return numbered;
  const base = match[1]!.toLowerCase().replace(/u:|v/g, 'ü');
  const tone = Number(match[2] ?? 5);
  if (tone === 5) return base;
  const at = markIndex(base);
  if (at < 0) return base;
  return base.slice(0, at) + MARKS[base[at]!]![tone - 1] + base.slice(at + 1);
}

/** One syllable in `style`. A lone erhua `r5` shows as r (ㄦ in zhuyin). */
export function formatReading(numbered: string, style: PinyinStyle = 'marks'): string {
  if (!numbered) return '';
  if (style === 'zhuyin') return toZhuyin(numbered);
  if (numbered === 'r5') return 'r';
  if (style === 'numbers') return numbered.replace(/v/g, 'ü');
  return toToneMarks(numbered);
}

const isErhua = (reading: string | undefined): boolean => reading === 'r5';

/**
 * A word's readings (one per UTF-16 unit, '' for non-Han) in `style`, one entry per unit: an erhua
 * 儿 gives '' and its r joins the syllable before it (diǎnr, dianr3, ㄉㄧㄢˇㄦ).
 */
export function formatWordReadings(readings: readonly string[], style: PinyinStyle = 'marks'): string[] {
  const out = readings.map((r) => formatReading(r, style));
  for (let i = 1; i < readings.length; i++) {
    if (!isErhua(readings[i]) || !readings[i - 1] || isErhua(readings[i - 1])) continue;
    const prev = readings[i - 1]!;
    if (style === 'zhuyin') out[i - 1] = `${out[i - 1]}ㄦ`;
    else if (style === 'numbers') out[i - 1] = `${prev.replace(/v/g, 'ü').replace(/([1-5])$/, 'r$1')}`;
    else out[i - 1] = `${out[i - 1]}r`;
    out[i] = '';
  }
  return out;
}

/** A word's reading as one string, syllables separated by `separator`: 一点儿 -> "yī diǎnr". */
export function formatWord(readings: readonly string[], style: PinyinStyle = 'marks', separator = ' '): string {
  return formatWordReadings(readings, style)
    .filter((s) => s)
    .join(separator);
}
