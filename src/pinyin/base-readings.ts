/**
 * pinyin-pro's reading of a whole sentence, one numbered reading per UTF-16 code unit.
 * It is the reader's fallback for characters the context model does not cover, and one of the
 * model's features for those it does. Tone sandhi is off: written pinyin keeps 一 yī and 不 bù.
 */
import { pinyin } from 'pinyin-pro';
import { toNumbered } from './numbered';

const HAN = /\p{Script=Han}/u;

export function baseReadings(text: string): string[] {
  const out: string[] = new Array<string>(text.length).fill('');
  if (!text) return out;
  // 'symbol' output is several times faster than 'num' in pinyin-pro 3.29; toNumbered converts.
  const syllables = pinyin(text, { type: 'array', toneType: 'symbol', toneSandhi: false });
  let unit = 0;
  for (const syllable of syllables) {
    if (unit >= text.length) break;
    const cp = text.codePointAt(unit)!;
    const width = cp > 0xffff ? 2 : 1;
    const char = width === 2 ? text.slice(unit, unit + 2) : text[unit]!;
    // Most units are common CJK ideographs or ASCII: range checks first, the regex for the rest.
    const han = (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x80 && HAN.test(char));
    if (han) out[unit] = toNumbered(syllable);
    unit += width;
  }
  return out;
}
