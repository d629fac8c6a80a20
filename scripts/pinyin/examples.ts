/** Labelled polyphone contexts for training: CPP dev sentences and CC-CEDICT headwords. */
import { baseReadings, wordAloneReadings } from '../../src/pinyin/base-readings';
import { headwordContext, runningContext, spansOf } from '../../src/pinyin/context';
import { describeOccurrence, type Occurrence } from '../../src/pinyin/predict';
import type { Segmenter } from '../../src/segment/segmenter';
import type { CppItem } from './data';
import { lexiconEntry, type Lexicon } from './lexicon';

export interface Example {
  occurrence: Occurrence;
  gold: string;
  source: 'cpp' | 'grammar' | 'cedict';
  /**
   * What the example is, independent of where it came from in a file (source, sentence or
   * headword, position): training orders examples by a hash of it, so reordering a file or adding an
   * example does not reshuffle the others.
   */
  id: string;
  /** For error analysis: the segmenter's word holding the character, and the character's place in it. */
  word?: { text: string; position: number; tag: string | undefined };
}

/** A CPP sentence as the reader sees it: segmented by jieba, with pinyin-pro's guess. */
export function cppExample(
  item: CppItem,
  segmenter: Segmenter,
  lexicon: Lexicon,
  source: 'cpp' | 'grammar' = 'cpp',
  hiddenVerb?: (word: string) => boolean,
): Example {
  const tagged = segmenter.tag?.(item.text);
  const spans = tagged ? spansOf(tagged.map((w) => w.word), tagged.map((w) => w.tag)) : spansOf(segmenter.cut(item.text));
  if (hiddenVerb) spans.hiddenVerb = hiddenVerb;
  let w = 0;
  while (spans.starts[w + 1]! <= item.at) w++;
  const word = spans.words[w]!;
  const guess = baseReadings(item.text, spans.starts)[item.at]!;
  const entry = word.length > 1 ? lexicon.get(lexiconEntry(word, item.at - spans.starts[w]!)) : undefined;
  return {
    occurrence: describeOccurrence(
      item.char,
      runningContext(spans, w, item.at),
      guess,
      entry,
      wordAloneReadings(word)[item.at - spans.starts[w]!],
    ),
    gold: item.gold,
    source,
    id: `${source}\t${item.text}\t${item.at}\t${item.gold}`,
    word: { text: word, position: item.at - spans.starts[w]!, tag: spans.tags?.[w] },
  };
}

/**
 * Every polyphone inside a multi-character headword with one reading at that position is a
 * labelled example of that context (银行 -> 行 hang2 after 银).
 */
export function cedictExamples(
  headwords: Map<string, string[][]>,
  polyphones: Set<string>,
  withGuess = false,
): Example[] {
  const out: Example[] = [];
  for (const [headword, readings] of headwords) {
    if (headword.length < 2) continue;
    let guesses: string[] | undefined;
    for (let k = 0; k < headword.length; k++) {
      const char = headword[k]!;
      if (!polyphones.has(char)) continue;
      const atK = new Set(readings.map((r) => r[k]!));
      if (atK.size !== 1) continue;
      if (withGuess) guesses ??= baseReadings(headword);
      out.push({
        occurrence: describeOccurrence(char, headwordContext(headword, k), guesses?.[k]),
        gold: [...atK][0]!,
        source: 'cedict',
        id: `cedict\t${headword}\t${k}`,
      });
    }
  }
  return out;
}
