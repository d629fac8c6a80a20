/**
 * How fluent text is under the model, and how well two pieces of text join.
 *
 * A junction's fit is ln P(A B) − ln P(A) − ln P(B), each piece read as a sentence of its own:
 * positive when the words across the seam belong together, negative when the model would rather
 * see a sentence end between them. A span pasted into a sentence fits neither of its neighbours,
 * while the neighbours fit each other: that difference is `RemovalGain.gain`.
 */
import { BOUNDARY, type NgramTables } from './ngram-tables';
import { conditionalLogp, NO_WORD } from './ngram-scorer';
import { bestPath, buildLattice, UNKNOWN_HAN, type EdgeLogp, type Lattice, type Lexicon, type ModelWords } from './model-words';

export interface Edges {
  /** The text starts a sentence (the paragraph's start): the boundary is its context. */
  opens: boolean;
  /** The text ends a sentence: the boundary after it is scored. */
  closes: boolean;
}

export interface Model {
  tables: NgramTables;
  lexicon: Lexicon;
  /** How the segmentation weighs a word (unigram or trigram, see model-words). */
  edge: EdgeLogp;
  /** The ways to cut a text (all the lexicon's words by default; the bench tries others). */
  lattice?: (lexicon: Lexicon, text: string) => Lattice;
}

export function segment(model: Model, text: string, edges: Edges): ModelWords {
  if (!text) return { ids: [], ends: [] };
  const lattice = (model.lattice ?? buildLattice)(model.lexicon, text);
  return bestPath(lattice, model.edge, edges.opens ? BOUNDARY : NO_WORD, edges.closes);
}

/** ln P of the words [from, to) of `words`, read as `edges` say. */
export function wordsLogp(model: Model, words: ModelWords, edges: Edges, from = 0, to = words.ids.length): number {
  const t = model.tables;
  let before2 = NO_WORD;
  let before1 = edges.opens ? BOUNDARY : NO_WORD;
  let sum = 0;
  for (let i = from; i < to; i++) {
    const id = words.ids[i] as number;
    if (id === NO_WORD || id === UNKNOWN_HAN) {
      if (id === UNKNOWN_HAN) sum += t.unknownLogp;
      before2 = before1 = NO_WORD;
      continue;
    }
    sum += conditionalLogp(t, before2, before1, id);
    before2 = before1;
    before1 = id;
  }
  if (edges.closes) sum += conditionalLogp(t, before2, before1, BOUNDARY);
  return sum;
}

export function textLogp(model: Model, text: string, edges: Edges): number {
  return wordsLogp(model, segment(model, text, edges), edges);
}

/**
 * Fit of the seam between `left` and `right`: ln P(left right) − ln P(left, closed) − ln P(right,
 * opened). `leftOpens` / `rightCloses` say whether the pieces reach the text's own edges.
 * An empty side has no seam: 0.
 */
export function junctionFit(model: Model, left: string, right: string, leftOpens: boolean, rightCloses: boolean): number {
  if (!left || !right) return 0;
  const joined = textLogp(model, left + right, { opens: leftOpens, closes: rightCloses });
  const alone = textLogp(model, left, { opens: leftOpens, closes: true });
  const after = textLogp(model, right, { opens: true, closes: rightCloses });
  return joined - alone - after;
}

export interface RemovalGain {
  /** How well the span follows the text before it. */
  leftFit: number;
  /** How well the text after it follows the span. */
  rightFit: number;
  /** How well the text before and after join once the span is gone. */
  bridgeFit: number;
  /** bridgeFit − leftFit − rightFit: positive when the text reads better without the span. */
  gain: number;
}

/** Characters of context read on each side of a seam: a trigram sees two words, about 4 characters. */
export const CONTEXT = 8;

export function removalGain(model: Model, text: string, start: number, end: number, context = CONTEXT): RemovalGain {
  const before = text.slice(Math.max(0, start - context), start);
  const after = text.slice(end, end + context);
  const span = text.slice(start, end);
  const opens = start - before.length === 0;
  const closes = end + after.length === text.length;
  const head = span.slice(0, context);
  const tail = span.slice(-context);
  const leftFit = junctionFit(model, before, head, opens, head.length === span.length && closes && !after);
  const rightFit = junctionFit(model, tail, after, tail.length === span.length && opens && !before, closes);
  const bridgeFit = junctionFit(model, before, after, opens, closes);
  return { leftFit, rightFit, bridgeFit, gain: bridgeFit - leftFit - rightFit };
}
