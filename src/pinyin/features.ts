/**
 * Context features of one polyphonic character, shared by the training script and the reader so
 * the two can never drift apart. Each feature is a short string; the model keys its weights by
 * (character, feature, candidate reading).
 *
 * `text` is the sentence, `at` the character's UTF-16 index, `[wordStart, wordEnd)` the segmenter
 * word holding it. Contexts cut from dictionary headwords know nothing outside the word: for them
 * `known` is that word's span, and features reaching outside it are left out rather than guessed.
 */
export interface FeatureContext {
  text: string;
  at: number;
  wordStart: number;
  wordEnd: number;
  prevWord: string | undefined;
  nextWord: string | undefined;
  /** Span of `text` that is real context; [0, text.length) for running text. */
  knownStart: number;
  knownEnd: number;
}

export function contextFeatures(c: FeatureContext): string[] {
  const { text, at, knownStart, knownEnd } = c;
  // '^' / '$' mark the sentence edges; undefined means "unknown" (outside a dictionary headword).
  const ch = (i: number): string | undefined =>
    i < knownStart ? (knownStart === 0 ? '^' : undefined) : i >= knownEnd ? (knownEnd === text.length ? '$' : undefined) : text[i];
  // Spans grow outward from the character and stop at a sentence edge marker.
  const left = (n: number): string | undefined => {
    let s = '';
    for (let i = at - 1; i >= at - n; i--) {
      const x = ch(i);
      if (x === undefined) return undefined;
      s = x + s;
      if (x === '^') break;
    }
    return s;
  };
  const right = (n: number): string | undefined => {
    let s = '';
    for (let i = at + 1; i <= at + n; i++) {
      const x = ch(i);
      if (x === undefined) return undefined;
      s += x;
      if (x === '$') break;
    }
    return s;
  };
  const out: string[] = [];
  const add = (name: string, value: string | undefined): void => {
    if (value !== undefined) out.push(name + value);
  };
  const word = text.slice(c.wordStart, c.wordEnd);
  out.push(`w${at - c.wordStart}${word}`);
  out.push(`n${word.length}.${at - c.wordStart}`);
  add('a', ch(at - 1));
  add('b', ch(at + 1));
  add('A', left(2));
  add('B', right(2));
  const l = ch(at - 1);
  const r = ch(at + 1);
  if (l !== undefined && r !== undefined) out.push(`m${l}${r}`);
  add('c', ch(at - 2));
  add('d', ch(at + 2));
  add('C', left(3));
  add('D', right(3));
  add('p', c.prevWord);
  add('q', c.nextWord);
  return out;
}
