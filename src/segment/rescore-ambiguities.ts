/**
 * Where jieba's dictionary can cut the same characters two ways, the language model of running
 * Chinese (src/lm) chooses in context. jieba picks a cut by its words' frequencies alone, so a
 * frequent word steals a character from its neighbour whatever the sentence says: 小|区内 for
 * 小区|内, 其后|端的 for 其|后端|的. Here a few neighbouring dictionary words are cut again every way
 * their characters allow into words both dictionaries know, each way scored by the trigram model
 * with the words around it, and another cut replaces jieba's only when it reads better by a
 * margin: jieba's cut is the prior, the model has to overrule it.
 *
 * Guessed words (names, jieba's HMM) and glossary terms are left to the rules that follow.
 */
import type { TaggedWord, WordModel } from './types';
import { GLUED_VERBS, isFunctionTag, PLACE_LOCALISERS } from './word-classes';
import type { WordLexicon } from './word-lexicon';
import { everyCut, sameCut } from './cuts';

/**
 * ln-probability (nats) by which another cut must beat jieba's. Chosen on the corpus's dev articles (not
 * the gold's, not QA's): at 3 nats 9 of 14 changes judged right, at 5 nats 8 of 9 (README, words).
 */
export const RESCORE_MARGIN = 5;
/**
 * The margin for a cut of words only, where jieba's cut strands a content character: 0 nats. On the
 * corpus's dev articles and the CPP dev sentences, 12 changes, all right (README, words); at 2
 * nats 6, at 3 nats 5 (the blanket 3 nats, README, was 9 right of 14).
 */
export const STRANDED_MARGIN = 0;
/**
 * Localisers that may close a noun where jieba stranded a content character: the place localisers,
 * and 内 外, which lead nouns of their own elsewhere (窗户|外框) but here only compete with a
 * stranded character's word (该|小|区内 → 该|小区|内, session 22), which the model must read better.
 */
const CLOSING_LOCALISERS: ReadonlySet<string> = new Set([...PLACE_LOCALISERS, '内', '外']);
/** Characters re-cut at once: a crossing ambiguity spans two or three short words. */
const WINDOW_CHARACTERS = 6;
const WINDOW_WORDS = 3;

const HAN_WORD = /^\p{Script=Han}+$/u;
/** Names of people, places, organisations (nr ns nt nz …): the model knows too few to judge them. */
const PROPER_NOUN = /^n[rstz]/;

export function rescoreAmbiguities(words: readonly TaggedWord[], lexicon: WordLexicon, model: WordModel, margin = RESCORE_MARGIN): TaggedWord[] {
  const idsOf = modelIds(model);
  const out: TaggedWord[] = [];
  const recuttable = (w: TaggedWord | undefined): w is TaggedWord =>
    w !== undefined && HAN_WORD.test(w.word) && w.tag !== 'x' && !PROPER_NOUN.test(w.tag) && !lexicon.isCustomWord(w.word);
  // A piece of another cut: one character, or a word of both the model and CC-CEDICT (the model
  // alone also holds phrases typed as one, 中的, 会上), of at most three characters (its longer
  // entries are mostly phrases too: 公共交通, 经济增长).
  const isPiece = (piece: string): boolean => piece.length === 1 || (piece.length <= 3 && model.idOf(piece) >= 0 && lexicon.isKnownWord(piece));
  const recut = words.map(recuttable);
  // across[j]: a piece of two or three characters reaches over the boundary after words[j] (cheap,
  // once per boundary: most windows have none and need no scoring).
  const across = words.map((w, j) => recut[j]! && recut[j + 1] === true && someWordAcross(w.word, words[j + 1]!.word, isPiece));
  for (let i = 0; i < words.length; ) {
    let end = i;
    let length = 0;
    while (end - i < WINDOW_WORDS && recut[end] && length + words[end]!.word.length <= WINDOW_CHARACTERS) length += words[end++]!.word.length;
    if (!across.slice(i, end - 1).some(Boolean)) {
      out.push(words[i++]!);
      continue;
    }
    const window = words.slice(i, end).map((w) => w.word);
    // A localiser jieba cut alone after a noun (经济圈|内, 大街|上) stays the phrase's: the model's
    // 圈内, 街上, 史上 are typing units, not the noun's last character's word.
    const localiserEnds = localiserOffsets(words.slice(i, end));
    const fits = (cut: readonly string[]): boolean => {
      let at = 0;
      return cut.every((piece) => ((at += piece.length), piece.length === 1 || !localiserEnds.has(at)));
    };
    // The window is at most WINDOW_CHARACTERS long: every cut of it is few.
    const cuts = everyCut(window.join(''), isPiece).filter((cut) => !sameCut(cut, window) && fits(cut));
    // Only a moved boundary is taken; without one, no need to score (most windows).
    if (!cuts.some((cut) => crossesEverywhere(cut, window))) {
      out.push(words[i++]!);
      continue;
    }
    const score = cutScorer(model, idsOf, out, words, end);
    let best: string[] | undefined;
    let bestScore = -Infinity;
    const base = score(window);
    // jieba's frequencies left a content character alone (老年人|口, 路|面积|水) where another cut
    // leaves none (老年|人口), or only a place localiser closing a noun (大|山里 → 大山|里, session
    // 19): the model only has to read that cut better, by any margin.
    const strandsOne = strandsContentCharacter(window, lexicon);
    for (const cut of cuts) {
      const s = score(cut);
      const need = strandsOne && strandsNoNewCharacter(cut, window, lexicon) ? STRANDED_MARGIN : margin;
      if (s > base + need && s > bestScore) {
        bestScore = s;
        best = cut;
      }
    }
    // The model's best cut may join or split words instead (它的, 中国人): its conventions, not a
    // crossing jieba got wrong, so jieba's cut stays.
    if (!best || !crossesEverywhere(best, window)) {
      out.push(words[i++]!);
      continue;
    }
    for (const piece of best) out.push({ word: piece, tag: lexicon.tagOf(piece) });
    i = end;
  }
  return out;
}

/**
 * Whether every single character `cut` leaves alone is a place localiser closing the word before
 * it (大山|里) or a function word that stood alone in jieba's cut already (在|大山|里 against
 * 在|大|山里). Not a content character (以内|螺纹|拧: 拧 stays alone either way).
 */
function strandsNoNewCharacter(cut: readonly string[], window: readonly string[], lexicon: WordLexicon): boolean {
  const singles = new Set<number>();
  let at = 0;
  for (const w of window) {
    if (w.length === 1) singles.add(at);
    at += w.length;
  }
  at = 0;
  return cut.every((piece, k) => {
    const closesNoun = CLOSING_LOCALISERS.has(piece) && (cut[k - 1]?.length ?? 0) > 1;
    const kept = piece.length > 1 || closesNoun || (singles.has(at) && isFunctionTag(lexicon.tagOf(piece)));
    at += piece.length;
    return kept;
  });
}

/** Whether a cut holds a single character that is no function word (口 of 老年人|口, not 内 of 小区|内). */
function strandsContentCharacter(cut: readonly string[], lexicon: WordLexicon): boolean {
  return cut.some((p) => p.length === 1 && !isFunctionTag(lexicon.tagOf(p)) && !GLUED_VERBS.has(p));
}

/** The model's word ids for a word: its own id when the model has the word, else the model's cut of it. */
export function modelIds(model: WordModel): (word: string) => number[] {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const known = cache;
  return (word) => {
    let ids = known.get(word);
    if (!ids) {
      const id = model.idOf(word);
      ids = id >= 0 ? [id] : model.cut(word, false).ids;
      // Bounded: a long session meets ever new words.
      if (known.size >= 50_000) known.clear();
      known.set(word, ids);
    }
    return ids;
  };
}

const caches = new WeakMap<WordModel, Map<string, number[]>>();

/**
 * Scores a cut of the words before `end` in the context they stand in: after the last two words of
 * `out` (what is already decided, or the sentence's start), and with the two words after `end`,
 * whose probabilities depend on the cut's last words, and the sentence's end when it is near.
 */
export function cutScorer(
  model: WordModel,
  idsOf: (word: string) => number[],
  out: readonly TaggedWord[],
  words: readonly TaggedWord[],
  end: number,
): (cut: readonly string[]) => number {
  const before = out.slice(-2).flatMap((w) => idsOf(w.word)).slice(-2);
  const history = before.length === 2 ? before : [-1, before[0] ?? (out.length === 0 ? model.boundary : -1)];
  const following = words.slice(end, end + 2).flatMap((w) => idsOf(w.word));
  const closes = end + 2 >= words.length && following.length <= 2;
  return (cut) => scoreCut(model, history, cut.flatMap(idsOf), following.slice(0, 2), closes);
}

/** ln P of `ids` and of the words after them, after `history` (two ids, -1 for none). */
function scoreCut(model: WordModel, history: readonly number[], ids: readonly number[], after: readonly number[], closes: boolean): number {
  let b2 = history[0]!;
  let b1 = history[1]!;
  let sum = 0;
  for (const id of [...ids, ...after, ...(closes ? [model.boundary] : [])]) {
    sum += model.logp(b2, b1, id);
    b2 = b1;
    b1 = id;
  }
  return sum;
}

/** End offsets of the one-character localisers (jieba's tag f) among `words`, from the first word's start. */
function localiserOffsets(words: readonly TaggedWord[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const w of words) {
    at += w.word.length;
    if (w.word.length === 1 && w.tag === 'f') out.add(at);
  }
  return out;
}

/** Whether a piece of two or three characters spans the boundary between `left` and `right`. */
function someWordAcross(left: string, right: string, isPiece: (piece: string) => boolean): boolean {
  for (let start = Math.max(0, left.length - 2); start < left.length; start++) {
    const head = left.slice(start);
    for (let take = 1; take <= Math.min(right.length, 3 - head.length); take++) if (isPiece(head + right.slice(0, take))) return true;
  }
  return false;
}


/**
 * Whether, in every stretch where cuts `a` and `b` of one text differ, each has a boundary the
 * other lacks (小区|内 against 小|区内): a moved boundary, not a word joined or split.
 */
export function crossesEverywhere(a: readonly string[], b: readonly string[]): boolean {
  const ends = (cut: readonly string[]) => {
    let at = 0;
    return new Set(cut.map((p) => (at += p.length)));
  };
  const ea = ends(a);
  const eb = ends(b);
  const shared = [0, ...[...ea].filter((x) => eb.has(x))];
  for (let k = 1; k < shared.length; k++) {
    const inside = (set: Set<number>) => [...set].some((x) => x > shared[k - 1]! && x < shared[k]!);
    if (inside(ea) !== inside(eb)) return false;
  }
  return true;
}
