/**
 * The sentence a hovered word sits in, read from the page: the paragraph's reading text (no ruby
 * annotations, no hidden spam) cut at sentence ends around the word.
 */
import { sentenceAround } from '../wordlist/sentence';
import { blockAncestor, isReadingText } from './inline-text';

/** The sentence around the text covered by `ranges` (in document order); '' when it cannot be found. */
export function sentenceForRanges(ranges: readonly Range[]): string {
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (!first || !last) return '';
  const block = blockAncestor(first.startContainer);
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (isReadingText(node as Text, block) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  let text = '';
  let start = -1;
  let end = -1;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (node === first.startContainer) start = text.length + first.startOffset;
    if (node === last.endContainer) end = text.length + last.endOffset;
    text += data;
  }
  if (start < 0) return '';
  return sentenceAround(text, start, end < start ? start : end);
}
