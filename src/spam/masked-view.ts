/**
 * A paragraph read without the insertions already found, with the way back to its offsets: later
 * finders look at the text around an insertion as if it were not there (an emoji inside a
 * headline copy, a keyword glued in front of a sentence).
 */
import type { SpamSpan } from './types';

export interface View {
  /** The paragraph with the spans already found taken out. */
  text: string;
  /** Original offset of each character of `text`, plus one past the end. */
  map: number[];
}

export function cleanView(text: string, spans: readonly SpamSpan[]): View {
  if (spans.length === 0) return { text, map: Array.from({ length: text.length + 1 }, (_, i) => i) };
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (spans.some((s) => s.start <= i && i < s.end)) continue;
    out += text.charAt(i);
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}
