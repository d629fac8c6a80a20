/** Display forms of a numbered reading (`zhong4`, `de5`, `lv4`). */
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

export function formatReading(numbered: string, style: PinyinStyle = 'marks'): string {
  if (!numbered) return '';
  if (style === 'numbers') return numbered.replace(/v/g, 'ü');
  return toToneMarks(numbered); // zhuyin: provided by the pinyin module's zhuyin table
}
