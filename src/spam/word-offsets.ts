/**
 * A paragraph's words by where they stand: those wholly inside a stretch [start, end) and those
 * wholly outside it (the host sentence around a candidate). The once kind's features and the
 * off-topic sentence finder both read a stretch's words so; one copy here (session 27).
 */

export function wordsWithin(words: readonly string[], start: number, end: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (const word of words) {
    if (at >= start && at + word.length <= end) out.push(word);
    at += word.length;
  }
  return out;
}

export function wordsOutside(words: readonly string[], start: number, end: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (const word of words) {
    if (at + word.length <= start || at >= end) out.push(word);
    at += word.length;
  }
  return out;
}
