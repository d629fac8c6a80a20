/**
 * Family "symbol": emoji, dingbats and enclosed numbers glued inside words (经⛦济, 发③展). Only runs
 * with a Han character on both sides count: real prose puts such marks after punctuation (list
 * bullets) or at the end of a forum line, not between two characters of a sentence. Enclosed
 * numbers that form a sequence in the paragraph (① … ②) are a real list and are kept.
 */
import { codePoints, isEmojiJoiner, isEnclosedNumber, isHan, isStraySymbol } from './text-classes';
import type { SpamSpan } from './types';

const PINYIN_GLOSS_BEFORE = /\p{Script=Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?[)）]$/u;

export function findStraySymbols(text: string): SpamSpan[] {
  const points = codePoints(text);
  const enclosed = points.filter((p) => isEnclosedNumber(p.ch)).map((p) => p.ch);
  const isList = (ch: string): boolean => {
    const cp = ch.codePointAt(0) ?? 0;
    return enclosed.some((other) => Math.abs((other.codePointAt(0) ?? 0) - cp) === 1);
  };
  const spans: SpamSpan[] = [];
  let i = 0;
  while (i < points.length) {
    const point = points[i];
    if (!point || !isStraySymbol(point.ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < points.length) {
      const ch = points[j]?.ch ?? '';
      if (!(isStraySymbol(ch) || isEmojiJoiner(ch))) break;
      j++;
    }
    const before = points[i - 1]?.ch ?? '';
    const after = points[j]?.ch ?? '';
    const run = points.slice(i, j).map((p) => p.ch);
    const listMarker = run.length === 1 && isEnclosedNumber(run[0] ?? '') && isList(run[0] ?? '');
    // A pinyin gloss glued before the symbol (国(guo)⛦务) stands in for the character it follows.
    const afterGloss = PINYIN_GLOSS_BEFORE.test(text.slice(Math.max(0, point.at - 10), point.at));
    if ((isHan(before) || afterGloss) && isHan(after) && !listMarker) {
      const end = points[j]?.at ?? text.length;
      spans.push({
        start: point.at,
        end,
        family: 'symbol',
        confidence: 0.9,
        reason: 'A stray symbol or emoji inside a word, inserted to break copying and search.',
      });
    }
    i = j;
  }
  return spans;
}
