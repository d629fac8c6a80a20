/** Readings of a sentence's words: pinyin-pro's reading, corrected by the polyphone model. */
import { baseReadings } from './base-readings';
import { runningContext, spansOf } from './context';
import type { PolyphoneModel } from './model';
import { bestCandidate, describeOccurrence } from './predict';

export function readWordsWithModel(model: PolyphoneModel, words: readonly string[]): string[][] {
  const spans = spansOf(words);
  const readings = baseReadings(spans.text);
  const { candidates, readings: table } = model.header;
  const weight = (key: number): number => model.weight(key);
  const out: string[][] = [];
  for (let w = 0; w < words.length; w++) {
    const start = spans.starts[w]!;
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      const char = word[i]!;
      const own = candidates[char];
      const guess = readings[start + i]!;
      if (!own || !guess) continue;
      const options = own.map((r) => table[r]!);
      if (!options.includes(guess)) options.push(guess);
      const o = describeOccurrence(char, runningContext(spans, w, start + i), guess);
      readings[start + i] = options[bestCandidate(o, options, weight)]!;
    }
    out.push(readings.slice(start, start + word.length));
  }
  return out;
}
