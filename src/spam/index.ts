/**
 * Finds text that content farms injected into a copied article.
 * Placeholder until the detector lands: finds nothing, which is the safe answer.
 */
import type { Segmenter } from '../segment/segmenter';
import type { SpamSpan } from './types';

export type { SpamSpan, SpamFamily } from './types';

/** Language evidence the detector may use; the background passes the real ones. */
export interface SpamTools {
  segmenter: Segmenter;
  /** Whether a word is a dictionary headword. */
  isKnownWord?(word: string): boolean;
}

export function findInjectedSpans(
  _title: string,
  paragraphs: readonly string[],
  _tools: SpamTools,
): SpamSpan[][] {
  return paragraphs.map(() => []);
}
