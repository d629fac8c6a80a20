/**
 * Context features of one polyphonic character, shared by the training script and the reader so
 * the two can never drift apart. Each feature is a short string; the model keys its weights by
 * (character, feature, candidate reading).
 *
 * `text` is the sentence, `at` the character's UTF-16 index, `[wordStart, wordEnd)` the segmenter
 * word holding it. Contexts cut from dictionary headwords know nothing outside the word: for them
 * `[knownStart, knownEnd)` is that word's span, and features reaching outside it are left out
 * rather than guessed.
 *
 * Helpers are plain module-level functions, not closures: this runs for every polyphone of every
 * sentence, and per-call closures cost more than the feature work itself.
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

/** The unit at `i`: '^' / '$' past a sentence edge, undefined past a headword's edge (unknown). */
function unitAt(c: FeatureContext, i: number): string | undefined {
  if (i < c.knownStart) return c.knownStart === 0 ? '^' : undefined;
  if (i >= c.knownEnd) return c.knownEnd === c.text.length ? '$' : undefined;
  return c.text[i];
}

/**
 * The n units before `at`, shorter when the sentence starts sooner ('^' then ends it). A '|' marks
 * where the segmenter's word begins: 事故|都 is not the 故都 of a dictionary, so context learnt
 * from headwords (all inside one word) only fires inside the word.
 */
function leftOf(c: FeatureContext, n: number): string | undefined {
  let s = '';
  for (let i = c.at - 1; i >= c.at - n; i--) {
    const x = unitAt(c, i);
    if (x === undefined) return undefined;
    s = i === c.wordStart - 1 ? `${x}|${s}` : x + s;
    if (x === '^') break;
  }
  return s;
}

function rightOf(c: FeatureContext, n: number): string | undefined {
  let s = '';
  for (let i = c.at + 1; i <= c.at + n; i++) {
    const x = unitAt(c, i);
    if (x === undefined) return undefined;
    s += i === c.wordEnd ? `|${x}` : x;
    if (x === '$') break;
  }
  return s;
}

/** The unit at `i` as a feature value, '|'-marked when it lies outside the character's word. */
function markedAt(c: FeatureContext, i: number): string | undefined {
  const x = unitAt(c, i);
  if (x === undefined) return undefined;
  return i < c.wordStart ? `${x}|` : i >= c.wordEnd ? `|${x}` : x;
}

/** H Han, 0 digit, A Latin, ^ $ sentence edges, . anything else (punctuation, space). */
function kindOf(unit: string): string {
  if (unit === '^' || unit === '$') return unit;
  const code = unit.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return 'H';
  if (code >= 0x30 && code <= 0x39) return '0';
  if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return 'A';
  return '.';
}

function push(out: string[], name: string, value: string | undefined): void {
  if (value !== undefined) out.push(name + value);
}

export function contextFeatures(c: FeatureContext): string[] {
  const at = c.at;
  const out: string[] = [];
  const word = c.text.slice(c.wordStart, c.wordEnd);
  out.push(`w${at - c.wordStart}${word}`);
  out.push(`n${word.length}.${at - c.wordStart}`);
  const l = markedAt(c, at - 1);
  const r = markedAt(c, at + 1);
  push(out, 'a', l);
  push(out, 'b', r);
  push(out, 'A', leftOf(c, 2));
  push(out, 'B', rightOf(c, 2));
  if (l !== undefined && r !== undefined) out.push(`m${l}${r}`);
  push(out, 'c', markedAt(c, at - 2));
  push(out, 'd', markedAt(c, at + 2));
  push(out, 'C', leftOf(c, 3));
  push(out, 'D', rightOf(c, 3));
  push(out, 'p', c.prevWord);
  push(out, 'q', c.nextWord);
  if (c.prevWord !== undefined) out.push(`e${c.prevWord}|${word}`);
  if (c.nextWord !== undefined) out.push(`f${word}|${c.nextWord}`);
  // Kinds of neighbours generalise over what a single character cannot (a digit, a letter, a mark).
  const lu = unitAt(c, at - 1);
  const ru = unitAt(c, at + 1);
  if (lu !== undefined && ru !== undefined) out.push(`k${kindOf(lu)}${kindOf(ru)}`);
  // Word lengths around a one-character word: a particle (主动 地 承担: 2 1 2) shows in the rhythm.
  if (word.length === 1 && c.prevWord !== undefined && c.nextWord !== undefined) {
    out.push(`g${c.prevWord.length}${c.nextWord.length}`);
  }
  return out;
}
