/**
 * Evidence that a stretch is a line of its own dropped into someone else's sentence, read from
 * two sides the seams alone do not show:
 *
 * - **Topic.** A line from another article shares almost none of the page's content words, and
 *   the few it shares are common ones; a writer's own clause repeats the article's names and
 *   terms. Each word weighs its information (−ln of its unigram probability in the language model:
 *   a rare word says more about a topic than 发展 does), so no word list is read from any page.
 *   The host paragraph is measured the same way: on a page of unrelated paragraphs (an index, a
 *   digest) no stretch shares the page's words, and the contrast with its host says so.
 * - **A whole sentence.** A pasted line starts the way a sentence starts and ends the way one
 *   ends; a stretch cut out of running text usually starts or ends inside a phrase.
 */
import type { LanguageModel } from '../lm/index';
import type { SpamPage } from './page';
import { isContentWord } from './content-words';

export const COHERENCE_FEATURES = ['topicShare', 'hostTopicShare', 'opensSentence', 'closesSentence', 'leftDip', 'rightDip'] as const;

/** Ln ratios beyond this say no more; scaled to about ±1 as the seam features are. */
const CLIP = 10;
/** Information of a word the model cannot read (a name, a term): as rare as its rarest words. */
const UNREAD_INFORMATION = 14;

export interface PageTopic {
  /** Content words by paragraph (−1: the headline), each paragraph's words once. */
  paragraphsOf: ReadonlyMap<string, ReadonlySet<number>>;
  information: (word: string) => number;
}


const topics = new WeakMap<SpamPage, PageTopic>();

/**
 * The page's content words and where they stand, read once per page: the once and line kinds and
 * the line kind's host gate all weigh words against it, and each word's information is a lookup
 * in the language model.
 */
export function pageTopic(page: SpamPage): PageTopic {
  let topic = topics.get(page);
  if (!topic) topics.set(page, (topic = readTopic(page)));
  return topic;
}

function readTopic(page: SpamPage): PageTopic {
  const paragraphsOf = new Map<string, Set<number>>();
  const note = (word: string, p: number): void => {
    if (!isContentWord(word)) return;
    const at = paragraphsOf.get(word) ?? new Set<number>();
    at.add(p);
    paragraphsOf.set(word, at);
  };
  page.paragraphs.forEach((paragraph, p) => paragraph.words.forEach((w) => note(w, p)));
  for (const w of page.tools.segmenter.cut(page.headline)) note(w, -1);
  const lm = page.tools.languageModel;
  const cache = new Map<string, number>();
  const information = (word: string): number => {
    let bits = cache.get(word);
    if (bits === undefined) cache.set(word, (bits = lm ? informationOf(lm, word) : 1));
    return bits;
  };
  return { paragraphsOf, information };
}

/** −ln P(word) under the model's unigrams, its own cut of the word summed. */
export function informationOf(lm: LanguageModel, word: string): number {
  const ids = lm.words(word, false);
  if (ids.length === 0 || ids.some((id) => id < 0)) return UNREAD_INFORMATION;
  return Math.min(UNREAD_INFORMATION, ids.reduce((sum, id) => sum - lm.logp(-1, -1, id), 0));
}

/**
 * The information-weighted share of `words` that another paragraph of the page (or the
 * headline) also says; 0 for a page of one paragraph.
 */
export function sharedTopic(topic: PageTopic, words: readonly string[], paragraph: number): number {
  let all = 0;
  let shared = 0;
  for (const word of new Set(words.filter(isContentWord))) {
    const weight = topic.information(word);
    all += weight;
    const at = topic.paragraphsOf.get(word);
    if (at && [...at].some((p) => p !== paragraph)) shared += weight;
  }
  return all > 0 ? shared / all : 0;
}

const clip = (x: number): number => Math.max(-CLIP, Math.min(CLIP, x)) / CLIP;

/**
 * How much likelier the stretch's first word is after a sentence boundary than anywhere, and its
 * end before one than anywhere: both high for a sentence standing whole.
 */
export function sentenceShape(lm: LanguageModel | undefined, line: string): [number, number] {
  if (!lm) return [0, 0];
  const ids = lm.words(line, true);
  const first = ids[0] ?? -1;
  const last = ids[ids.length - 1] ?? -1;
  const before = ids[ids.length - 2] ?? -1;
  const opens = first < 0 ? 0 : lm.logp(-1, lm.boundary, first) - lm.logp(-1, -1, first);
  const closes = last < 0 ? 0 : lm.logp(before < 0 ? -1 : before, last, lm.boundary) - lm.logp(-1, -1, lm.boundary);
  return [clip(opens), clip(closes)];
}

/** Word boundaries on each side of an edge that it is compared with. */
const DIP_REACH = 4;

/**
 * How much worse the text joins at `at` than at the best-joining word boundary within a few
 * characters of it (≤ 0 when `at` is the worst seam around: a paste's edges are the two places
 * where its host stops reading on, and a stretch whose edge is off by a word has a better-joining
 * seam there). `seam(i)` is the junction fit at boundary i.
 */
export function seamDip(seam: (at: number) => number, boundaries: ReadonlySet<number>, at: number, textLength: number): number {
  const here = seam(at);
  let worstElsewhere = Infinity;
  for (let i = Math.max(1, at - DIP_REACH); i <= Math.min(textLength - 1, at + DIP_REACH); i++) {
    if (i !== at && boundaries.has(i)) worstElsewhere = Math.min(worstElsewhere, seam(i));
  }
  return worstElsewhere === Infinity ? 0 : clip(here - worstElsewhere);
}
