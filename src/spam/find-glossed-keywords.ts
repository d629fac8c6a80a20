/**
 * Family "pinyin", the glossed kind: a keyword pasted with its own reading in brackets, toneless and
 * spaced syllable by syllable (信用卡套现（xin yong ka tao xian）), so a search engine indexes both.
 * ./find-pinyin-words.ts leaves a bracket that reads the characters before it (a writer glosses
 * 胡同（hutong）); this finder takes the shape writers do not use: two or more toneless lower-case
 * syllables spaced apart, each the reading of one of the characters just before. A writer's gloss
 * carries tones (xiāng cūn), runs the word together (hutong), follows a quoted word (“躺平”（tang
 * ping）) or stands in a paragraph about pronunciation; a name is capitalised (Xi Jinping).
 *
 * The bracket is hidden. The characters it reads are hidden only when they are a grey-market word
 * (./grey-words.ts); otherwise they may be the article's own, glossed in place, and are marked.
 * Capitalised syllables (Xin Yong Ka) are a name's shape too: marked only.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { ABOUT_READINGS } from './find-pinyin';
import { readingsOf } from './find-pinyin-words';
import { isGreyWord } from './grey-words';
import { isHan } from './text-classes';
import type { SpamSpan } from './types';

const BRACKET = /[(（]([A-Za-z]{1,6}(?: [A-Za-z]{1,6}){1,7})[)）]/gu;

export function findGlossedKeywords(text: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  if (!text.includes('(') && !text.includes('（')) return spans;
  if (ABOUT_READINGS.test(toSimplifiedForm(text))) return spans;
  for (const m of text.matchAll(BRACKET)) {
    const syllables = (m[1] ?? '').split(' ');
    const lower = syllables.every((s) => /^[a-z]+$/.test(s));
    const capitalised = syllables.every((s) => /^[A-Z][a-z]*$/.test(s));
    if (!lower && !capitalised) continue;
    const start = m.index - syllables.length;
    if (start < 0) continue;
    const chars = [...text.slice(start, m.index)];
    if (chars.length !== syllables.length || !chars.every(isHan)) continue;
    if (!chars.every((ch, i) => readingsOf(ch).includes((syllables[i] ?? '').toLowerCase()))) continue;
    const end = m.index + m[0].length;
    const grey = lower && isGreyWord(toSimplifiedForm(chars.join('')));
    const reasons = {
      hidden: 'A keyword and its toneless reading, pasted in for search engines.',
      marked: 'A word glossed in toneless spaced pinyin: possibly a pasted keyword.',
    };
    if (grey) spans.push(finderSpan(start, end, 'pinyin', true, reasons));
    else {
      spans.push(finderSpan(start, m.index, 'pinyin', false, reasons));
      spans.push(finderSpan(m.index, end, 'pinyin', lower, { ...reasons, hidden: 'A toneless spaced reading in brackets, pasted in for search engines.' }));
    }
  }
  return spans;
}
