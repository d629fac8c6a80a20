/**
 * The model's own words in a text: every way to cut it into lexicon words (a lattice), and the
 * most probable path through it.
 *
 * Han runs are cut into lexicon words (a character the lexicon lacks is UNKNOWN_HAN); the model's
 * ten punctuation marks are words; everything else (digits, Latin, brackets, spaces) is one
 * NO_WORD per run, a cut in the context that costs nothing, which is how open-gram treats text it
 * has no word for.
 */
import { BOUNDARY, vocabularySize, type NgramTables, type Vocabulary } from './ngram-tables';
import { conditionalLogp, NO_WORD } from './ngram-scorer';

/** A Han character the lexicon does not hold: costs `unknownLogp` and cuts the context. */
export const UNKNOWN_HAN = -2;

export interface ModelWords {
  /** Word ids, NO_WORD or UNKNOWN_HAN. */
  ids: number[];
  /** End offset of each word in the text (the first starts at 0). */
  ends: number[];
}

/** The vocabulary as an open-addressing hash table over code units: built in a few ms, no strings. */
export interface Lexicon {
  vocabulary: Vocabulary;
  /** Word id + 1 per slot, 0 when empty. */
  slots: Int32Array;
  mask: number;
  longest: number;
}

const HASH_SEED = 0x811c9dc5;
const hashStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193);

/** Pages' forms of the model's marks (half-width, corner quotes) to the model's own. */
const MARKS: Record<string, string> = {
  ',': '，', ';': '；', '?': '？', '!': '！', ':': '：', '．': '。',
  '‘': '“', '’': '”', '「': '“', '」': '”', '『': '“', '』': '”', '﹁': '“', '﹂': '”',
};

const HAN = /\p{Script=Han}/u;

export function createLexicon(t: NgramTables): Lexicon {
  const vocabulary = t.vocabulary;
  const size = vocabularySize(vocabulary);
  let capacity = 1;
  while (capacity < size * 2) capacity *= 2;
  const lexicon: Lexicon = { vocabulary, slots: new Int32Array(capacity), mask: capacity - 1, longest: 1 };
  const { units, start } = vocabulary;
  for (let id = 0; id < size; id++) {
    if (id === BOUNDARY) continue;
    let hash = HASH_SEED;
    for (let k = start[id] as number; k < (start[id + 1] as number); k++) hash = hashStep(hash, units[k] as number);
    let slot = hash & lexicon.mask;
    while (lexicon.slots[slot] !== 0) slot = (slot + 1) & lexicon.mask;
    lexicon.slots[slot] = id + 1;
    lexicon.longest = Math.max(lexicon.longest, (start[id + 1] as number) - (start[id] as number));
  }
  return lexicon;
}

/** The id of text[from, from + length), whose hash is `hash`, or -1. */
function find(lexicon: Lexicon, text: string, from: number, length: number, hash: number): number {
  const { units, start } = lexicon.vocabulary;
  for (let slot = hash & lexicon.mask; lexicon.slots[slot] !== 0; slot = (slot + 1) & lexicon.mask) {
    const id = (lexicon.slots[slot] as number) - 1;
    const at = start[id] as number;
    if ((start[id + 1] as number) - at !== length) continue;
    let k = 0;
    while (k < length && units[at + k] === text.charCodeAt(from + k)) k++;
    if (k === length) return id;
  }
  return -1;
}

export function idOf(lexicon: Lexicon, word: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  return word ? find(lexicon, word, 0, word.length, hash) : -1;
}

function markId(lexicon: Lexicon, text: string, at: number): number {
  const ch = text.charAt(at);
  // A straight quote opens after a break or a mark, closes after a word.
  if (ch === '"') return idOf(lexicon, at === 0 || !isHan(text, at - 1) ? '“' : '”');
  return idOf(lexicon, MARKS[ch] ?? ch);
}

function isHan(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  // The lexicon is all BMP: a character beyond it (a surrogate pair) cuts the context like Latin.
  if (code < 0x2e80) return false;
  return HAN.test(text.charAt(at));
}

/** Edges leaving each position: parallel lists of word ids and lengths. */
export interface Lattice {
  ids: number[][];
  lengths: number[][];
}

export function buildLattice(lexicon: Lexicon, text: string): Lattice {
  const ids: number[][] = [];
  const lengths: number[][] = [];
  for (let at = 0; at < text.length; at++) {
    const outIds: number[] = [];
    const outLengths: number[] = [];
    ids.push(outIds);
    lengths.push(outLengths);
    if (isHan(text, at)) {
      let hash = HASH_SEED;
      for (let length = 1; length <= lexicon.longest && at + length <= text.length; length++) {
        if (length > 1 && !isHan(text, at + length - 1)) break;
        hash = hashStep(hash, text.charCodeAt(at + length - 1));
        const id = find(lexicon, text, at, length, hash);
        if (id >= 0) {
          outIds.push(id);
          outLengths.push(length);
        }
      }
      if (outIds.length === 0 || outLengths[0] !== 1) {
        outIds.unshift(UNKNOWN_HAN);
        outLengths.unshift(1);
      }
      continue;
    }
    const mark = markId(lexicon, text, at);
    if (mark >= 0) {
      outIds.push(mark);
      outLengths.push(1);
      continue;
    }
    // A run the model has no word for is one edge from its first character; inner positions of
    // the run are never reached.
    let end = at + 1;
    while (end < text.length && !isHan(text, end) && markId(lexicon, text, end) < 0) end++;
    outIds.push(NO_WORD);
    outLengths.push(end - at);
  }
  return { ids, lengths };
}

/** What a path costs per word, given the word before it on the path. */
export type EdgeLogp = (before2: number, before1: number, word: number) => number;

export function unigramEdge(t: NgramTables): EdgeLogp {
  return (_b2, _b1, word) => (word >= 0 ? (t.unigramLogp[word] as number) : word === UNKNOWN_HAN ? t.unknownLogp : 0);
}

/** The trigram itself, a cut word (NO_WORD, UNKNOWN_HAN) restarting the context. */
export function trigramEdge(t: NgramTables): EdgeLogp {
  return (before2, before1, word) => {
    if (word === NO_WORD) return 0;
    if (word === UNKNOWN_HAN) return t.unknownLogp;
    const b1 = before1 < 0 ? NO_WORD : before1;
    const b2 = b1 === NO_WORD || before2 < 0 ? NO_WORD : before2;
    return conditionalLogp(t, b2, b1, word);
  };
}

/**
 * The most probable path through the lattice. Each (end position, word) keeps its best way in,
 * so the second word of history is the one on that best way (exact for a bigram edge, the usual
 * approximation for a trigram one). `opening` is the word before the text (BOUNDARY or NO_WORD);
 * with `closing`, the boundary after the text is part of the path's score.
 */
export function bestPath(lattice: Lattice, edge: EdgeLogp, opening: number, closing: boolean): ModelWords {
  const n = lattice.ids.length;
  // Nodes: one per edge taken, ending somewhere; node 0 is the text's start.
  const nodeScore: number[] = [0];
  const nodeWord: number[] = [opening];
  const nodeBefore: number[] = [NO_WORD];
  const nodeBack: number[] = [-1];
  const nodeEnd: number[] = [0];
  const endingAt: number[][] = Array.from({ length: n + 1 }, () => []);
  endingAt[0]?.push(0);
  for (let at = 0; at < n; at++) {
    const arriving = endingAt[at] as number[];
    if (arriving.length === 0) continue;
    const ids = lattice.ids[at] as number[];
    const lengths = lattice.lengths[at] as number[];
    for (let e = 0; e < ids.length; e++) {
      const word = ids[e] as number;
      const end = at + (lengths[e] as number);
      let best = -Infinity;
      let from = -1;
      for (const node of arriving) {
        const score = (nodeScore[node] as number) + edge(nodeBefore[node] as number, nodeWord[node] as number, word);
        if (score > best) {
          best = score;
          from = node;
        }
      }
      nodeScore.push(best);
      nodeWord.push(word);
      nodeBefore.push(nodeWord[from] as number);
      nodeBack.push(from);
      nodeEnd.push(end);
      endingAt[end]?.push(nodeScore.length - 1);
    }
  }
  let last = -1;
  let lastScore = -Infinity;
  for (const node of endingAt[n] as number[]) {
    const score =
      (nodeScore[node] as number) + (closing ? edge(nodeBefore[node] as number, nodeWord[node] as number, BOUNDARY) : 0);
    if (score > lastScore) {
      lastScore = score;
      last = node;
    }
  }
  const out: ModelWords = { ids: [], ends: [] };
  for (let node = last; node > 0; node = nodeBack[node] as number) {
    out.ids.push(nodeWord[node] as number);
    out.ends.push(nodeEnd[node] as number);
  }
  out.ids.reverse();
  out.ends.reverse();
  return out;
}
