/**
 * Finds text that content farms injected into a copied article.
 * Placeholder until the detector lands: finds nothing, which is the safe answer.
 */
import type { SpamSpan } from './types';

export type { SpamSpan, SpamFamily } from './types';

export function findInjectedSpans(_title: string, paragraphs: readonly string[]): SpamSpan[][] {
  return paragraphs.map(() => []);
}
