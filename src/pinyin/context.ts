/** Where each word of a sentence sits, and the model's view of one character in it. */
import type { FeatureContext } from './features';

export interface WordSpans {
  text: string;
  words: readonly string[];
  /** starts[i] is the UTF-16 offset of words[i]; starts[words.length] is text.length. */
  starts: number[];
  /** The segmenter's part-of-speech tag of each word, when it gave them. */
  tags?: readonly string[];
  /** Whether a word is a verb jieba's tag hides (PolyphoneModel.hiddenVerb), for the grammar features. */
  hiddenVerb?: (word: string) => boolean;
}

export function spansOf(words: readonly string[], tags?: readonly string[]): WordSpans {
  const starts: number[] = [0];
  for (const w of words) starts.push(starts[starts.length - 1]! + w.length);
  const spans: WordSpans = { text: words.join(''), words, starts };
  if (tags && tags.length === words.length) spans.tags = tags;
  return spans;
}

/** Context of the character at `at` inside word `wordIndex` of running text. */
export function runningContext(s: WordSpans, wordIndex: number, at: number): FeatureContext {
  return {
    text: s.text,
    at,
    wordStart: s.starts[wordIndex]!,
    wordEnd: s.starts[wordIndex + 1]!,
    prevWord: wordIndex > 0 ? s.words[wordIndex - 1] : '^',
    nextWord: wordIndex + 1 < s.words.length ? s.words[wordIndex + 1] : '$',
    knownStart: 0,
    knownEnd: s.text.length,
    ...(s.tags ? { grammar: { words: s.words, tags: s.tags, index: wordIndex, ...(s.hiddenVerb ? { hiddenVerb: s.hiddenVerb } : {}) } } : {}),
  };
}

/**
 * Context of position `at` inside a dictionary headword seen alone: padded so that nothing
 * outside the headword counts as known (it is not a sentence edge, just unseen).
 */
export function headwordContext(headword: string, at: number): FeatureContext {
  const text = `\u0000${headword}\u0000`;
  return {
    text,
    at: at + 1,
    wordStart: 1,
    wordEnd: headword.length + 1,
    prevWord: undefined,
    nextWord: undefined,
    knownStart: 1,
    knownEnd: headword.length + 1,
  };
}
