/**
 * Language-model evidence for a candidate stretch [start, end) of a text: how well it follows the
 * text before it, how well the text after it follows it, and how well the text before and after
 * join once it is gone. A word the writer put there is predicted by its neighbours; a stretch a
 * farm pasted is not, and the host sentence reads on across the gap it leaves.
 *
 * Each side is read in a window of a few characters with the model's own words, once. A seam is
 * scored as the model's junction fit: ln P(the words after it, read on from the words before it)
 * − ln P(a sentence ends before it) − ln P(the words after it, opening a sentence). Positive when
 * the text reads on across the seam; negative when the model would rather see a sentence end
 * there and a new one start, which is what a paste looks like at both of its edges.
 */
import type { LanguageModel } from '../lm/index';

export const LANGUAGE_FEATURES = ['leftFit', 'rightFit', 'bridgeFit', 'gain'] as const;

/** Characters read on each side: two or three words, what a trigram sees. */
const WINDOW = 8;
/** Words scored past each seam. */
const REACH = 2;
/** Ln ratios beyond this say no more (a rare word's ratio runs away); scaled to about ±1. */
const CLIP = 10;

export interface Fit {
  leftFit: number;
  rightFit: number;
  bridgeFit: number;
}

const NONE = -1;

function sequenceLogp(lm: LanguageModel, before2: number, before1: number, words: readonly number[]): number {
  let sum = 0;
  let h2 = before2;
  let h1 = before1;
  for (let i = 0; i < Math.min(REACH, words.length); i++) {
    const word = words[i] ?? NONE;
    if (word < 0) {
      // Text the model has no word for: a figure or Latin costs nothing, an unknown character its
      // price; either way the context is cut.
      sum += lm.logp(NONE, NONE, word);
      h2 = h1 = NONE;
      continue;
    }
    sum += lm.logp(h1 < 0 ? NONE : h2, h1, word);
    h2 = h1;
    h1 = word;
  }
  return sum;
}

/**
 * The model's words of each window, once per page: candidates that share an edge share its
 * windows (a line pasted once has hundreds of candidate stretches around it).
 */
const windowCache = new WeakMap<LanguageModel, Map<string, number[]>>();

function wordsOf(lm: LanguageModel, text: string, opens: boolean): number[] {
  let cache = windowCache.get(lm);
  if (!cache) windowCache.set(lm, (cache = new Map()));
  if (cache.size > 20000) cache.clear();
  const key = `${opens ? '^' : ''}${text}`;
  let words = cache.get(key);
  if (!words) cache.set(key, (words = text ? lm.words(text, opens) : []));
  return words;
}

/** The seam figures of [start, end) in `text`. */
export function fitOf(lm: LanguageModel, text: string, start: number, end: number): Fit {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  const left = before ? wordsOf(lm, before, start - before.length === 0) : [lm.boundary];
  // Only the first two and the last two words of the stretch reach across its edges.
  const head = wordsOf(lm, text.slice(start, Math.min(end, start + WINDOW)), false);
  const tail = end - start > WINDOW ? wordsOf(lm, text.slice(end - WINDOW, end), false) : head;
  const right = wordsOf(lm, after, false);
  const l1 = left[left.length - 1] ?? NONE;
  const l2 = left[left.length - 2] ?? NONE;
  const m1 = tail[tail.length - 1] ?? NONE;
  const m2 = tail.length >= 2 ? (tail[tail.length - 2] ?? NONE) : l1;
  const seam = (h2: number, h1: number, words: readonly number[]): number =>
    sequenceLogp(lm, h2, h1, words) - lm.logp(h1 < 0 ? NONE : h2, h1, lm.boundary) - sequenceLogp(lm, NONE, lm.boundary, words);
  return {
    leftFit: seam(l2, l1, head),
    rightFit: after ? seam(m2, m1, right) : 0,
    bridgeFit: after ? seam(l2, l1, right) : 0,
  };
}

const clip = (x: number): number => Math.max(-CLIP, Math.min(CLIP, x)) / CLIP;

/** The features of LANGUAGE_FEATURES for a fit (0 for all when there is no model). */
export function languageFeatures(fit: Fit | null): number[] {
  if (!fit) return [0, 0, 0, 0];
  return [clip(fit.leftFit), clip(fit.rightFit), clip(fit.bridgeFit), clip(fit.bridgeFit - fit.leftFit - fit.rightFit)];
}
