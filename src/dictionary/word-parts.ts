/**
 * A word the dictionary does not list (铁路运输, 副局长, 今年以来: jieba joins many such compounds) is
 * explained by its parts: from the left, the longest dictionary word at each point, else a single
 * character; a run of digits or Latin letters is one part. Pure: the dictionary is passed in.
 */
const HAN = /\p{Script=Han}/u;

export interface PartSpan {
  text: string;
  /** How many Han characters come before this part in the word (to find its syllables in the word's reading). */
  hanBefore: number;
  hanCount: number;
}

function hanCount(text: string): number {
  let n = 0;
  for (const char of text) if (HAN.test(char)) n++;
  return n;
}

/** The word cut into its longest dictionary words, left to right; `longestMatch` gives a headword's length at a text's front (0: none). */
export function splitIntoParts(word: string, longestMatch: (text: string) => number): PartSpan[] {
  const parts: PartSpan[] = [];
  let hanBefore = 0;
  for (let at = 0; at < word.length; ) {
    const char = String.fromCodePoint(word.codePointAt(at)!);
    let length: number;
    if (HAN.test(char)) {
      length = Math.max(longestMatch(word.slice(at)), char.length);
    } else {
      // Digits, Latin letters and marks: one part up to the next Han character.
      length = 0;
      for (const next of word.slice(at)) {
        if (HAN.test(next)) break;
        length += next.length;
      }
    }
    const text = word.slice(at, at + length);
    const count = hanCount(text);
    parts.push({ text, hanBefore, hanCount: count });
    hanBefore += count;
    at += length;
  }
  return parts;
}

/**
 * The syllables of `reading` (numbered, one per Han character of the word, space-separated) that
 * belong to `part`; undefined when the reading does not line up with the word's Han characters.
 */
export function partReading(reading: string | undefined, part: PartSpan, wordHan: number): string | undefined {
  if (!reading || part.hanCount === 0) return undefined;
  const syllables = reading.trim().split(/\s+/);
  if (syllables.length !== wordHan) return undefined;
  return syllables.slice(part.hanBefore, part.hanBefore + part.hanCount).join(' ');
}

export { hanCount };
