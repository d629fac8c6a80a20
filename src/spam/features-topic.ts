/**
 * How far a stretch's meaning lies from its page's: the cosine between the topic vector of its
 * content words and that of the rest of the page (the headline counted twice), each word weighed
 * by its information in the language model (a rare word says more about a topic than 发展 does)
 * and placed by the word topic vectors (src/topic/vectors.ts). Shared words are not needed: a
 * sentence about a verdict lies near a page about a court case, one about weight loss does not.
 *
 * `cover` says how much of the stretch's information the vectors could place (names and new terms
 * they lack): a cosine read from a sliver of the sentence says little.
 */
import { cosine } from '../topic/vectors';
import { isContentWord } from './content-words';
import { pageTopic } from './features-coherence';
import type { SpamPage } from './page';

export interface TopicDistance {
  /** Cosine of the stretch's topic with the rest of the page's, −1 … 1 (0 when either is empty). */
  cosine: number;
  /** Share of the stretch's word information the vectors place, 0 … 1. */
  cover: number;
}

/**
 * Reads a stretch of a paragraph against the rest of the page or, given `other` (a stretch of the
 * same paragraph: a neighbouring sentence), against that stretch alone.
 */
export type TopicReader = (paragraph: number, start: number, end: number, other?: readonly [number, number]) => TopicDistance | null;

const HEADLINE_WEIGHT = 2;
const readers = new WeakMap<SpamPage, TopicReader | null>();

/** A reader of stretches against the page, built once per page; null without topic vectors. */
export function topicReader(page: SpamPage): TopicReader | null {
  if (readers.has(page)) return readers.get(page) ?? null;
  const reader = buildReader(page);
  readers.set(page, reader);
  return reader;
}

function buildReader(page: SpamPage): TopicReader | null {
  const vectors = page.tools.topicVectors;
  if (!vectors) return null;
  const { information } = pageTopic(page);
  const whole = new Float32Array(vectors.dims);
  const add = (acc: Float32Array, word: string, times: number): void => {
    if (!isContentWord(word)) return;
    const row = vectors.rowOf(word);
    if (row >= 0) vectors.addTo(acc, row, times * information(word));
  };
  for (const word of page.tools.segmenter.cut(page.headline)) add(whole, word, HEADLINE_WEIGHT);
  for (const paragraph of page.paragraphs) if (!paragraph.isHeadline) for (const word of paragraph.words) add(whole, word, 1);
  const stretchVector = (words: readonly string[], start: number, end: number): Float32Array => {
    const acc = new Float32Array(vectors.dims);
    let at = 0;
    for (const word of words) {
      if (at >= start && at + word.length <= end) add(acc, word, 1);
      at += word.length;
    }
    return acc;
  };
  return (p, start, end, other) => {
    const paragraph = page.paragraphs[p];
    if (!paragraph) return null;
    const own = new Float32Array(vectors.dims);
    const seen = new Set<string>();
    let all = 0;
    let placed = 0;
    let at = 0;
    for (const word of paragraph.words) {
      const inside = at >= start && at + word.length <= end;
      at += word.length;
      if (!inside || !isContentWord(word)) continue;
      add(own, word, 1);
      if (seen.has(word)) continue;
      seen.add(word);
      all += information(word);
      if (vectors.rowOf(word) >= 0) placed += information(word);
    }
    const rest = other ? stretchVector(paragraph.words, other[0], other[1]) : Float32Array.from(whole, (x, d) => x - (own[d] as number));
    // The stretch's own words are counted once for its own vector (a repeated word is one topic).
    const once = new Float32Array(vectors.dims);
    for (const word of seen) add(once, word, 1);
    return { cosine: cosine(once, rest), cover: all > 0 ? placed / all : 0 };
  };
}
