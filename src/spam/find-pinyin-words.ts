/**
 * Family "pinyin", the word kind: a whole word in toneless pinyin in brackets after a character, that
 * is *not* the reading of the characters before it (经济（bocai）发展: a keyword spelt in pinyin so a
 * filter of characters does not see it). ./find-pinyin.ts takes single syllables; this takes two or
 * more, which a writer also writes — as the reading of the word just before (胡同（hutong）, 犇（ben）)
 * or as an English gloss, and many English words spell as pinyin (基因（gene）, 熊猫（panda）).
 *
 * So a bracket that reads the characters before it is left alone; one that does not is marked; and
 * it is hidden only where no writer puts a gloss: inside a word, between two characters that join
 * into one dictionary word (经(bocai)济). Capitals (names, 台北（Taipei）) and tone marks are the
 * writer's: neither is taken.
 */
import { pinyin } from 'pinyin-pro';
import { finderSpan } from './finder-span';
import { PINYIN_SYLLABLES } from './pinyin-syllables';
import { isHan } from './text-classes';
import type { SpamSpan, SpamTools } from './types';

const BRACKET = /[(（【[]([a-z][a-z' ]{2,30})[)）】\]]/gu;
/** Syllables that are interjections or a letter alone: a spelling of them proves nothing. */
const NOT_SYLLABLE_HERE = new Set(['n', 'm', 'ng', 'hm', 'hng', 'r']);
/** At most this many characters before a bracket are read as what it glosses. */
const MAX_GLOSSED = 8;

/** The fewest syllables `letters` splits into, or 0 when it does not split into syllables. */
export function syllableCount(letters: string): number {
  const best = new Array<number>(letters.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < letters.length; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 1; j <= Math.min(letters.length, i + 6); j++) {
      const syllable = letters.slice(i, j);
      if (PINYIN_SYLLABLES.has(syllable) && !NOT_SYLLABLE_HERE.has(syllable)) best[j] = Math.min(best[j] ?? Infinity, (best[i] ?? 0) + 1);
    }
  }
  const n = best[letters.length] ?? Infinity;
  return n === Infinity ? 0 : n;
}

const readingsCache = new Map<string, string[]>();
/** Every toneless reading of one character, ü written both v and u (farms write either). */
export function readingsOf(ch: string): string[] {
  let readings = readingsCache.get(ch);
  if (!readings) {
    const all = pinyin(ch, { multiple: true, type: 'array', toneType: 'none' });
    readings = [...new Set(all.flatMap((r) => [r.replace(/ü/gu, 'v'), r.replace(/ü/gu, 'u')]))];
    readingsCache.set(ch, readings);
  }
  return readings;
}

/** Whether `letters` is the reading of the last few of `chars` (Han characters, in text order). */
export function readsCharacters(letters: string, chars: readonly string[]): boolean {
  const match = (end: number, upTo: number): boolean => {
    if (end === 0) return true;
    if (upTo < 0 || chars.length - upTo > MAX_GLOSSED) return false;
    const ch = chars[upTo] ?? '';
    return readingsOf(ch).some((r) => r && letters.endsWith(r, end) && match(end - r.length, upTo - 1));
  };
  return match(letters.length, chars.length - 1);
}

/** The Han characters right before `at` (a closing quote or title mark between is skipped). */
export function hanBefore(text: string, at: number): string[] {
  let i = at;
  if (i > 0 && '”」』》'.includes(text.charAt(i - 1))) i--;
  const chars: string[] = [];
  for (const ch of [...text.slice(Math.max(0, i - MAX_GLOSSED * 2), i)].reverse()) {
    if (!isHan(ch)) break;
    chars.unshift(ch);
  }
  return chars;
}

export function findPinyinWords(text: string, tools: SpamTools): SpamSpan[] {
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(BRACKET)) {
    const letters = (m[1] ?? '').replace(/[' ]/gu, '');
    if (syllableCount(letters) < 2) continue;
    const before = hanBefore(text, m.index);
    if (before.length === 0 || readsCharacters(letters, before)) continue;
    const end = m.index + m[0].length;
    const after = text.charAt(end);
    const joined = `${before[before.length - 1] ?? ''}${after}`;
    const cutsWord = isHan(after) && (tools.segmenter.isDictionaryWord?.(joined) === true || tools.isKnownWord?.(joined) === true);
    spans.push(
      finderSpan(m.index, end, 'pinyin', cutsWord, {
        hidden: 'A word in pinyin dropped inside a word, not its reading.',
        marked: 'Pinyin in brackets that is not the reading of the characters before it.',
      }),
    );
  }
  return spans;
}
