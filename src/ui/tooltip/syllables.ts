/**
 * Readings split into syllables with their tone, for display and tone colours. Accepts numbered
 * pinyin as CC-CEDICT writes it (`xin4 fang3`, `Bei3 jing1`, `lu:4`) and pinyin with tone marks
 * (`xìn fǎng`), since glossary notes may be written either way.
 */
import { formatReading, type PinyinStyle } from '../../pinyin/format';

/** 1–4 the four tones, 5 neutral, 0 not a syllable (punctuation, "·", Latin letters in names). */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

export interface Syllable {
  text: string;
  tone: Tone;
}

const NUMBERED = /^([a-zA-ZüÜ:]+)([1-5])$/;
const MARK_TONES: Record<string, Tone> = {};
for (const [tone, marks] of [
  [1, 'āēīōūǖĀĒĪŌŪǕ'],
  [2, 'áéíóúǘÁÉÍÓÚǗ'],
  [3, 'ǎěǐǒǔǚǍĚǏǑǓǙ'],
  [4, 'àèìòùǜÀÈÌÒÙǛ'],
] as const) {
  for (const mark of marks) MARK_TONES[mark] = tone;
}
const PINYIN_LETTERS = /^[a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ]+$/;

function toneOfMarked(syllable: string): Tone {
  if (!PINYIN_LETTERS.test(syllable)) return 0;
  for (const char of syllable) {
    const tone = MARK_TONES[char];
    if (tone) return tone;
  }
  return 5;
}

function displayNumbered(letters: string, tone: string, style: PinyinStyle): string {
  const numbered = letters.replace(/u:|ü/gi, (m) => (m[0] === 'U' ? 'V' : 'v')) + tone;
  const shown = formatReading(numbered.toLowerCase(), style);
  // formatReading lower-cases; CC-CEDICT capitalises proper nouns (Bei3 jing1), keep that.
  return /^[A-Z]/.test(letters) ? shown.charAt(0).toUpperCase() + shown.slice(1) : shown;
}

export function splitReading(reading: string, style: PinyinStyle = 'marks'): Syllable[] {
  return reading
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const numbered = NUMBERED.exec(part);
      if (numbered) {
        const tone = Number(numbered[2]) as Tone;
        return { text: displayNumbered(numbered[1]!, numbered[2]!, style), tone };
      }
      // Neutral tone written without a digit in numbered pinyin ("ma") is indistinguishable from
      // marked pinyin's neutral tone: both are 5.
      return { text: part, tone: toneOfMarked(part) };
    });
}

/** The reading as plain text in tone marks, for the word list and the clipboard. */
export function readingWithMarks(reading: string): string {
  return splitReading(reading, 'marks')
    .map((s) => s.text)
    .join(' ');
}
