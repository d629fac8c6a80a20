/** Which characters the model decides, and between which readings. */
import type { CppItem } from './data';
import type { Candidates } from './perceptron';

/**
 * Readings a character takes inside CC-CEDICT's multi-character headwords (at least `minHeadwords`
 * of them, so one odd proper noun does not add a reading) or in CPP training labels. A character
 * is modelled when it has two such readings, or when CPP labels it at all.
 */
export function buildCandidates(headwords: Map<string, string[][]>, cpp: CppItem[], minHeadwords = 2): Candidates {
  const cedict = new Map<string, Map<string, number>>();
  for (const [headword, readings] of headwords) {
    if (headword.length < 2) continue;
    for (const syllables of readings) {
      for (let k = 0; k < headword.length; k++) {
        const m = cedict.get(headword[k]!) ?? new Map<string, number>();
        m.set(syllables[k]!, (m.get(syllables[k]!) ?? 0) + 1);
        cedict.set(headword[k]!, m);
      }
    }
  }
  const labelled = new Map<string, Map<string, number>>();
  for (const item of cpp) {
    const m = labelled.get(item.char) ?? new Map<string, number>();
    m.set(item.gold, (m.get(item.gold) ?? 0) + 1);
    labelled.set(item.char, m);
  }
  const out: Candidates = new Map();
  for (const char of new Set([...cedict.keys(), ...labelled.keys()])) {
    const score = new Map<string, number>();
    for (const [r, n] of cedict.get(char) ?? []) if (n >= minHeadwords) score.set(r, n);
    for (const [r, n] of labelled.get(char) ?? []) score.set(r, (score.get(r) ?? 0) + n * 10);
    if (score.size < 2 && !labelled.has(char)) continue;
    // Ties go by the reading's spelling, not by where the dictionaries list it first.
    out.set(char, [...score.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r));
  }
  return out;
}
