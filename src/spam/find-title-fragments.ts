import type { SpamTools } from './index';
import type { SpamSpan } from './types';

export function findTitleFragments(
  _title: string,
  paragraphs: readonly string[],
  _masked: readonly SpamSpan[][],
  _sentences: readonly SpamSpan[][],
  _tools: SpamTools,
): SpamSpan[][] {
  return paragraphs.map(() => []);
}
