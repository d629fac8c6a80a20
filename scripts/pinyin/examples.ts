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

/**
 * Lone-character contexts from CC-CEDICT's phrases (session 25, screened, not used by train:pinyin):
 * a headword of 3+ characters cut by the segmenter, where a polyphone stands alone as a word and the
 * headword reads it one way (出来混迟早要|还|的 huán, 八字|还|没|一撇 hái). The phrase is padded so nothing
 * outside it counts as known; its edges are not sentence edges.
 */
export function phraseExamples(
  headwords: Map<string, string[][]>,
  polyphones: Set<string>,
  segmenter: Segmenter,
  hiddenVerb?: (word: string) => boolean,
): Example[] {
  const out: Example[] = [];
  for (const [headword, readings] of headwords) {
    if (headword.length < 3 || !segmenter.tag) continue;
    const tagged = segmenter.tag(headword);
    const words = ['\u0000', ...tagged.map((t) => t.word), '\u0000'];
    const spans = spansOf(words, ['x', ...tagged.map((t) => t.tag), 'x']);
    if (hiddenVerb) spans.hiddenVerb = hiddenVerb;
    const guesses = baseReadings(headword, spans.starts.slice(1, -1).map((s) => s - 1));
    for (let w = 1; w + 1 < words.length; w++) {
      const char = words[w]!;
      if (char.length !== 1 || !polyphones.has(char)) continue;
      const k = spans.starts[w]! - 1;
      const atK = new Set(readings.map((r) => r[k]!));
      if (atK.size !== 1) continue;
      const context = { ...runningContext(spans, w, k + 1), knownStart: 1, knownEnd: spans.text.length - 1 };
      if (w === 1) context.prevWord = undefined;
      if (w + 2 === words.length) context.nextWord = undefined;
      out.push({ occurrence: describeOccurrence(char, context, guesses[k]), gold: [...atK][0]!, source: 'cedict', id: `phrase\t${headword}\t${k}` });
    }
  }
  return out;
}
