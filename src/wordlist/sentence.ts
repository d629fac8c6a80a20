/**
 * The sentence around a word in a paragraph's text: what a learner wants on the back of a card.
 */

/** Characters that end a sentence in Chinese and Western text. */
const SENTENCE_END = /[。！？!?；;…\n]/;
/** Closing quotes/brackets that belong to the sentence they follow. */
const CLOSERS = /[”’」』）)\]】》"']/;
const MAX_LENGTH = 300;

/**
 * The sentence of `text` containing [start, end): from after the previous sentence end to the
 * next one (inclusive, with closing quotes), trimmed. Sentences longer than 300 characters are
 * cut to a window around the word so a run-on paragraph does not become the "sentence".
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let left = from;
  while (left > 0 && !SENTENCE_END.test(text[left - 1]!)) left--;
  let right = to;
  while (right < text.length && !SENTENCE_END.test(text[right]!)) right++;
  // Keep the end mark itself ("。") and runs of them ("？！", "……"), then closing quotes.
  while (right < text.length && SENTENCE_END.test(text[right]!) && text[right] !== '\n') right++;
  while (right < text.length && CLOSERS.test(text[right]!)) right++;
  // A closing quote at the start belongs to the previous sentence.
  while (left < from && CLOSERS.test(text[left]!)) left++;
  let sentence = text.slice(left, right);
  if (sentence.length > MAX_LENGTH) {
    const half = Math.floor((MAX_LENGTH - (to - from)) / 2);
    const windowStart = Math.max(left, from - Math.max(half, 0));
    sentence = text.slice(windowStart, Math.min(right, windowStart + MAX_LENGTH));
  }
  return sentence.replace(/\s+/g, ' ').trim();
}
