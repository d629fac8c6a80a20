/** Readings of a sentence's words: pinyin-pro's reading, corrected by the polyphone model. */
import { baseReadings, wordAloneReadings } from './base-readings';
import { runningContext, spansOf } from './context';
import type { PolyphoneModel } from './model';
import { bestCandidate, describeOccurrence, withEvidence } from './predict';

/** Each modelled character's candidate readings as strings, built once per model. */
const optionCache = new WeakMap<PolyphoneModel, Map<string, string[]>>();

function optionsOf(model: PolyphoneModel): Map<string, string[]> {
  let options = optionCache.get(model);
  if (!options) {
    const { candidates, readings } = model.header;
    options = new Map(Object.entries(candidates).map(([c, rs]) => [c, rs.map((r) => readings[r]!)]));
    optionCache.set(model, options);
  }
  return options;
}

export function readWordsWithModel(model: PolyphoneModel, words: readonly string[], tags?: readonly string[]): string[][] {
  const spans = spansOf(words, tags);
  spans.hiddenVerb = model.hiddenVerb;
  const readings = baseReadings(spans.text, spans.starts);
  const candidates = optionsOf(model);
  const weight = model.weight;
  const margin = model.header.margin ?? 0;
  const out: string[][] = [];
  for (let w = 0; w < words.length; w++) {
    const start = spans.starts[w]!;
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      const char = word[i]!;
      const own = candidates.get(char);
      const guess = readings[start + i]!;
      if (!own || !guess) continue;
      const lexicon = word.length > 1 ? model.lexicon(word, i) : undefined;
      const alone = wordAloneReadings(word)[i];
      const o = describeOccurrence(char, runningContext(spans, w, start + i), guess, lexicon, alone);
      const options = withEvidence(own, o);
      readings[start + i] = options[bestCandidate(o, options, weight, margin)]!;
    }
    out.push(readings.slice(start, start + word.length));
  }
  return out;
}
