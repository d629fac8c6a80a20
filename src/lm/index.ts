/**
 * Dudong's language model of running Chinese: open-gram's word trigram model distilled into
 * /data/lm.bin (scripts/lm/build.ts; the layout is in ./model-file.ts). Pure and synchronous once
 * loaded: the background loads it next to jieba and the dictionary and hands it to the spam
 * decision as SpamTools.languageModel; Node tests and benches load the same file.
 *
 * Scores are natural logs (nats). The model reads Simplified Chinese: every method reads the
 * Simplified view of the text it is given (same length, so offsets stay the caller's). Text is cut
 * into the model's own words, the most probable path through its lexicon (./model-words.ts).
 */
import { toSimplified } from '../script/simplified-view';
import { junctionFit, removalGain, segment, textLogp, type Edges, type Model, type RemovalGain } from './fluency';
import { decodeModelFile, gunzip } from './model-file';
import { createLexicon, idOf, trigramEdge, UNKNOWN_HAN } from './model-words';
import { BOUNDARY, wordOf, type NgramTables } from './ngram-tables';
import { NO_WORD } from './ngram-scorer';

export type { Edges, RemovalGain } from './fluency';
export { NO_WORD } from './ngram-scorer';
export { UNKNOWN_HAN } from './model-words';

export const LANGUAGE_MODEL_PATH = '/data/lm.bin';

/** The model's words of a text: ids (or NO_WORD / UNKNOWN_HAN) and where each ends. */
export interface ModelCut {
  ids: number[];
  /** End offset of each word in the text; the first word starts at 0. */
  ends: number[];
}

export interface LanguageModel {
  /** The sentence boundary's id: the context at a paragraph's start, the word after its end. */
  readonly boundary: number;
  /** ln P of a Han character the model has no word for (UNKNOWN_HAN), per character. */
  readonly unknownLogp: number;
  /**
   * The most probable cut of `text` into the model's words. Ids ≥ 0 are words; NO_WORD (< 0) is a
   * run of digits, Latin, brackets or spaces, which costs nothing and cuts the context; UNKNOWN_HAN
   * (< 0) is a Han character the lexicon lacks. `opens`: the text starts a sentence (its first
   * word follows the boundary); `closes`: the boundary after it counts in choosing the cut.
   */
  cut(text: string, opens?: boolean, closes?: boolean): ModelCut;
  /** `cut(text, opens).ids`. */
  words(text: string, opens?: boolean): number[];
  /**
   * ln P(word | before2 before1). Any id from `cut` is accepted: NO_WORD costs 0 and UNKNOWN_HAN
   * `unknownLogp`; a history slot < 0 is a cut context (the model backs off past it).
   */
  logp(before2: number, before1: number, word: number): number;
  /** The word an id stands for (for reports and tests). */
  wordOf(id: number): string;
  /** The id of `word` (Simplified) as one word of the model's lexicon; -1 when the model has no such word. */
  idOf(word: string): number;
  /** ln P(text); by default read as a whole sentence, from a boundary to a boundary. */
  logProb(text: string, edges?: Edges): number;
  /**
   * ln P(left right) − ln P(left) − ln P(right), each read as a sentence of its own: positive when
   * the words across the seam belong together. `leftOpens` / `rightCloses`: whether the pieces
   * reach the paragraph's own start / end (default: yes).
   */
  junctionFit(left: string, right: string, leftOpens?: boolean, rightCloses?: boolean): number;
  /** How much more fluent `text` reads without [start, end), edge by edge (see RemovalGain). */
  removalGain(text: string, start: number, end: number): RemovalGain;
  /** Where the model comes from and how it was distilled (the file's header). */
  readonly about: Readonly<Record<string, string | number>>;
}

export function languageModelFromTables(tables: NgramTables, about: Record<string, string | number> = {}): LanguageModel {
  const edge = trigramEdge(tables);
  const model: Model = { tables, lexicon: createLexicon(tables), edge };
  return {
    boundary: BOUNDARY,
    unknownLogp: tables.unknownLogp,
    cut: (text, opens = true, closes = false) => segment(model, toSimplified(text), { opens, closes }),
    words: (text, opens = true) => segment(model, toSimplified(text), { opens, closes: false }).ids,
    logp: edge,
    wordOf: (id) => (id === NO_WORD ? '' : id === UNKNOWN_HAN ? '?' : wordOf(tables.vocabulary, id)),
    idOf: (word) => idOf(model.lexicon, word),
    logProb: (text, edges = { opens: true, closes: true }) => textLogp(model, toSimplified(text), edges),
    junctionFit: (left, right, leftOpens = true, rightCloses = true) =>
      junctionFit(model, toSimplified(left), toSimplified(right), leftOpens, rightCloses),
    removalGain: (text, start, end) => removalGain(model, toSimplified(text), start, end),
    about,
  };
}

/** The model from the packaged file's bytes (gzip; see ./model-file.ts). */
export async function loadLanguageModel(file: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<LanguageModel> {
  const tables = decodeModelFile(await gunzip(file));
  return languageModelFromTables(tables, tables.about);
}
