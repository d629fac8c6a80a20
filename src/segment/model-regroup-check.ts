/**
 * The language model's check of the groupings the rules could not vouch for (issue 14).
 *
 * Session 23 found that a rule per pattern does not carry to never-seen pages: each rule mends the
 * wordings its author imagined. This check asks one general question instead, wherever the words
 * on the page rest on a guess — a word of several characters CC-CEDICT does not know (jieba's rare
 * entries and its new-word guesses: 冬候鸟, 年出, 不知情): would the sentence read better to the word
 * trigram (open-gram, src/lm) if the same characters were grouped otherwise, into words both the
 * model and CC-CEDICT know?
 *
 * The stretch (the doubtful word and a neighbour on each side) is cut every way into such words
 * and single characters, each cut scored by the trigram with two words of context either side
 * (rescore-ambiguities.ts's scorer); the best replaces the page's grouping only when it reads
 * better by REGROUP_MARGIN. A word the model lacks is scored through the model's own cut of it, so
 * the model only overrules a grouping where its own words disagree with it (越|冬候鸟 → 越冬|候鸟);
 * where it reads two groupings alike, the page's stands.
 *
 * Only a moved boundary is taken, never a join or a split alone: measured on SIGHAN's dev half, the
 * model's joins were wrong four times in five (its typing units: 有了, 副主任, 早在), and its splits
 * of words it lacks (百年老, 和平|里's opposite) are ties it cannot judge — taking them on CC-CEDICT's
 * word alone cut real compounds (麻绳, 铁丝网, 小清河: news gold 0.43% → 2.60%). README, words.
 *
 * Names (a common surname leading the word, transliterations, jieba's person tags), glossary terms
 * and numbers are never part of a stretch: the model knows too few of them to judge.
 */
import { crossesEverywhere, cutScorer, modelIds } from './rescore-ambiguities';
import { COMMON_SURNAMES, TRANSLITERATION } from './name-characters';
import type { TaggedWord, WordModel } from './types';
import type { WordLexicon } from './word-lexicon';
import { everyCut, sameCut } from './cuts';

/** ln-probability (nats) by which another grouping must beat the page's (calibrated on dev text: README, words). */
export const REGROUP_MARGIN = 4;
/** The longest stretch re-cut at once (a doubtful word and its neighbours). */
const STRETCH_CHARACTERS = 7;
/** The longest word a new grouping may hold: the model's longer entries are mostly typed phrases. */
const PIECE_CHARACTERS = 3;

const HAN_WORD = /^\p{Script=Han}+$/u;
/** Places and organisations jieba's dictionary knows (渥太华, 建设部): the model knows too few to judge their parts. */
const PLACE_OR_BODY_TAG = /^(ns|nt)$/;
const PARTICLE_ENDS: ReadonlySet<string> = new Set([...'了着过的']);

export interface RegroupDecision {
  /** Index of the stretch's first word in the words given. */
  start: number;
  words: string[];
  best: string[];
  /** How much better (nats) the best other grouping reads than the page's. */
  gain: number;
  /** How the best grouping differs: boundaries moved, words split only, or joined only (or both). */
  kind: 'moved' | 'split' | 'joined' | 'mixed';
}

/** How cut `b` of the same text differs from `a`. */
export function changeKind(a: readonly string[], b: readonly string[]): RegroupDecision['kind'] {
  if (crossesEverywhere(a, b)) return 'moved';
  const ends = (cut: readonly string[]) => {
    let at = 0;
    return new Set(cut.map((p) => (at += p.length)));
  };
  const ea = ends(a);
  const eb = ends(b);
  const added = [...eb].some((x) => !ea.has(x));
  const removed = [...ea].some((x) => !eb.has(x));
  return added && !removed ? 'split' : removed && !added ? 'joined' : 'mixed';
}

/** Whether the word can be re-cut at all: Han, no name, no glossary term. */
function recuttable(w: TaggedWord | undefined, lexicon: WordLexicon): w is TaggedWord {
  if (!w || !HAN_WORD.test(w.word) || lexicon.isCustomWord(w.word) || w.tag === 'm' || PLACE_OR_BODY_TAG.test(w.tag)) return false;
  // A person's name: jieba tags nr, and what follows the surname is no word (冬候鸟 is no name: 候鸟 is).
  if (w.tag.startsWith('nr') && w.word.length >= 2 && !lexicon.isKnownWord(w.word.slice(1))) return false;
  if (w.word.length >= 2 && COMMON_SURNAMES.has(w.word[0]!)) return false;
  if (w.word.length >= 2 && [...w.word].every((c) => TRANSLITERATION.has(c))) return false;
  return true;
}

/** A bare number, digits or numerals without their measure word (3462, 三十; not 数百只, which has its 只). */
const isNumber = (w: TaggedWord): boolean => /^[\p{Nd}.,，．〇零一二三四五六七八九十百千万亿两几]+$/u.test(w.word);

/**
 * A grouping that rests on a guess: a word of several characters CC-CEDICT lacks. A character
 * standing alone was tried as a trigger too: it added only stretches that break a known word.
 */
function doubtful(w: TaggedWord, lexicon: WordLexicon): boolean {
  return w.word.length > 1 && !lexicon.isKnownWord(w.word);
}

/**
 * Decisions for every doubtful stretch of `words` (in order, not overlapping): the page's words,
 * the model's best other grouping of each kind and its gain (`movedOnly`: moved boundaries only,
 * the one kind applied, so nothing else is scored). `regroupByModel` applies those above the margin.
 */
export function regroupDecisions(words: readonly TaggedWord[], lexicon: WordLexicon, model: WordModel, movedOnly = false): RegroupDecision[] {
  const idsOf = modelIds(model);
  // A new word: one character, or a word both the model and CC-CEDICT know, not closed by a particle
  // (the model's and CC-CEDICT's 到了, 成了, 有了, 面的 are typing units or rare words, not the reader's).
  const isPiece = (piece: string): boolean =>
    piece.length === 1 ||
    (piece.length <= PIECE_CHARACTERS && !PARTICLE_ENDS.has(piece.at(-1)!) && model.idOf(piece) >= 0 && lexicon.isKnownWord(piece));
  const out: RegroupDecision[] = [];
  let free = 0; // words before this index belong to a stretch already judged
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!recuttable(w, lexicon) || !doubtful(w, lexicon)) continue;
    let start = i > free && recuttable(words[i - 1], lexicon) ? i - 1 : i;
    let end = recuttable(words[i + 1], lexicon) ? i + 2 : i + 1;
    const length = () => words.slice(start, end).reduce((n, x) => n + x.word.length, 0);
    // Too long: drop the longer neighbour first.
    while (length() > STRETCH_CHARACTERS && end - start > 1) {
      const left = start < i ? words[start]!.word.length : 0;
      const right = end > i + 1 ? words[end - 1]!.word.length : 0;
      if (left === 0 && right === 0) break;
      if (left >= right) start++;
      else end--;
    }
    if (length() > STRETCH_CHARACTERS || end - start < 1) continue;
    const stretch = words.slice(start, end).map((x) => x.word);
    const own = new Set(stretch);
    // A localiser the page has alone after a noun (外交史|上) stays the phrase's: the model's 史上,
    // 盖上 are typing units, not the noun's last character's word (as in rescore-ambiguities.ts).
    const localiserEnds = new Set<number>();
    let at = 0;
    for (const x of words.slice(start, end)) {
      at += x.word.length;
      if (x.word.length === 1 && x.tag === 'f') localiserEnds.add(at);
    }
    const keepsLocalisers = (cut: readonly string[]): boolean => {
      let to = 0;
      return cut.every((piece) => ((to += piece.length), piece.length === 1 || !localiserEnds.has(to)));
    };
    // The model may only redraw what rests on a guess: a word CC-CEDICT knows stays whole (没有|人|管,
    // not 没|有人|管: the model's 有人 is a typing unit there).
    const fixed: [number, number][] = [];
    at = 0;
    for (const x of stretch) {
      if (x.length > 1 && lexicon.isKnownWord(x)) fixed.push([at, at + x.length]);
      at += x.length;
    }
    const keepsKnownWords = (cut: readonly string[]): boolean => {
      const ends = new Set<number>([0]);
      let to = 0;
      for (const piece of cut) ends.add((to += piece.length));
      return fixed.every(([a, b]) => ends.has(a) && ends.has(b));
    };
    // After a bare number the stretch's first character is its measure word (3462|个|税目, not 个税|目): it
    // may leave a guess (1932|年|出生|于) but joins nothing after it.
    const afterNumber = start > 0 && isNumber(words[start - 1]!);
    const keepsMeasure = (cut: readonly string[]): boolean => !afterNumber || cut[0]!.length === 1 || cut[0] === stretch[0];
    const cuts = everyCut(stretch.join(''), (p) => own.has(p) || isPiece(p)).filter(
      (cut) =>
        !sameCut(cut, stretch) && keepsLocalisers(cut) && keepsKnownWords(cut) && keepsMeasure(cut) && (!movedOnly || crossesEverywhere(stretch, cut)),
    );
    if (cuts.length === 0) continue;
    const score = cutScorer(model, idsOf, words.slice(0, start), words, end);
    const base = score(stretch);
    // The best grouping of each kind: the kinds earn different margins (README, words).
    const best = new Map<RegroupDecision['kind'], { cut: string[]; score: number }>();
    for (const cut of cuts) {
      const kind = changeKind(stretch, cut);
      const s = score(cut);
      if (s > (best.get(kind)?.score ?? -Infinity)) best.set(kind, { cut, score: s });
    }
    for (const [kind, b] of best) out.push({ start, words: stretch, best: b.cut, gain: b.score - base, kind });
    free = end;
    i = end - 1;
  }
  return out;
}

/**
 * The page's words with every doubtful stretch regrouped where the model reads a moved boundary
 * better by `margin` (越|冬候鸟 → 越冬|候鸟). Only moved boundaries: on SIGHAN's dev half the model's
 * joins were wrong four times in five (it prefers its typing units: 有了, 副主任, 早在) and its
 * splits no better than the page's (README, words).
 */
export function regroupByModel(words: readonly TaggedWord[], lexicon: WordLexicon, model: WordModel, margin = REGROUP_MARGIN): TaggedWord[] {
  const decisions = regroupDecisions(words, lexicon, model, true).filter((d) => d.kind === 'moved' && d.gain > margin);
  if (decisions.length === 0) return [...words];
  const out: TaggedWord[] = [];
  let at = 0;
  for (const d of decisions) {
    out.push(...words.slice(at, d.start));
    for (const piece of d.best) out.push({ word: piece, tag: lexicon.tagOf(piece) });
    at = d.start + d.words.length;
  }
  out.push(...words.slice(at));
  return out;
}

