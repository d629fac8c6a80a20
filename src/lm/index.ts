/**
 * Dudong's language model of running Chinese: open-gram's word trigram model distilled into
 * /data/lm.bin (see scripts/lm/build.ts and ./model-file.ts). Pure: bytes in, scores out; the
 * background loads it next to jieba and the dictionary and hands it to the spam decision.
 *
 * All scores are natural logs (nats). The model reads Simplified Chinese; text is cut into the
 * model's own words (./model-words.ts), and offsets are always the caller's.
 */
import { junctionFit, removalGain, segment, textLogp, type Edges, type Model, type RemovalGain } from './fluency';
import { gunzip, decodeModelFile } from './model-file';
import { createLexicon, trigramEdge, UNKNOWN_HAN } from './model-words';
import type { NgramTables } from './ngram-tables';
import { NO_WORD } from './ngram-scorer';

export type { Edges, RemovalGain } from './fluency';

export const LANGUAGE_MODEL_PATH = '/data/lm.bin';

/** One of the model's words in a text: [start, end) and whether the model knows it. */
export interface ModelWord {
  start: number;
  end: number;
  /** 'word': in the lexicon; 'unknown': a Han character it lacks; 'other': digits, Latin, spaces… */
  kind: 'word' | 'unknown' | 'other';
}

export interface LanguageModel {
  /** The most probable cut of `text` into the model's words (read as a whole paragraph). */
  words(text: string): ModelWord[];
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
  /** Where the model comes from and how it was distilled (from the file's header). */
  about: Record<string, string | number>;
}

const WHOLE: Edges = { opens: true, closes: true };

export function languageModelFromTables(tables: NgramTables, about: Record<string, string | number> = {}): LanguageModel {
  const model: Model = { tables, lexicon: createLexicon(tables), edge: trigramEdge(tables) };
  return {
    words(text) {
      const cut = segment(model, text, WHOLE);
      return cut.ids.map((id, i) => ({
        start: i === 0 ? 0 : (cut.ends[i - 1] as number),
        end: cut.ends[i] as number,
        kind: id === NO_WORD ? 'other' : id === UNKNOWN_HAN ? 'unknown' : 'word',
      }));
    },
    logProb: (text, edges = WHOLE) => textLogp(model, text, edges),
    junctionFit: (left, right, leftOpens = true, rightCloses = true) => junctionFit(model, left, right, leftOpens, rightCloses),
    removalGain: (text, start, end) => removalGain(model, text, start, end),
    about,
  };
}

/** The model from the packaged file's bytes (gzip; see ./model-file.ts). */
export async function loadLanguageModel(file: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<LanguageModel> {
  const tables = decodeModelFile(await gunzip(file));
  return languageModelFromTables(tables, tables.about);
}
