/**
 * Family "sentence", marked only: a sentence of the article pasted again elsewhere on the page
 * (session 13). Farms do it to pad a copied article; the copy reads as fluently as the original,
 * so only the repeat itself is evidence, and it is not proof: writers repeat a key sentence on
 * purpose (a slogan opening and closing the story), and a quote may be given twice.
 *
 * What separates them: a writer's restatement stands as a paragraph of its own both times; a
 * farm's copy is glued into another paragraph (after its full stop, at its end) or the original
 * was. So of an exact repeat of a whole sentence (12 Han characters or more, ending 。！？) the copy
 * standing as a paragraph of its own is marked when another copy stands inside a paragraph; every
 * copy whole, or none, is left, and so is a sentence in quotation marks. Nothing is hidden.
 */
import { insideQuotes } from './text-classes';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

const SENTENCE = /[^。！？!?\n]+[。！？!?]+[”」』]?/gu;
const MIN_LENGTH = 12;

export function findRepeatedSentences(paragraphs: readonly string[]): SpamSpan[][] {
  // Every copy of every sentence long enough, in page order.
  const copies = new Map<string, { paragraph: number; start: number; whole: boolean }[]>();
  paragraphs.forEach((text, p) => {
    const trimmed = text.trim();
    for (const m of text.matchAll(SENTENCE)) {
      const sentence = m[0].trim();
      if ((sentence.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_LENGTH) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      if (insideQuotes(text, start) || /^[“「『]/u.test(sentence)) continue;
      const list = copies.get(sentence) ?? [];
      list.push({ paragraph: p, start, whole: sentence === trimmed });
      copies.set(sentence, list);
    }
  });
  const spans: SpamSpan[][] = paragraphs.map(() => []);
  for (const [sentence, list] of copies) {
    if (list.length < 2 || list.every((c) => c.whole)) continue;
    // A copy standing as a paragraph of its own beside one inside a paragraph is the farm's line.
    // With none standing alone, which copy is the paste is a coin toss (taking the later one marked
    // 35% real text on the dev pages, 0.67 / 0.53 marked precision / recall against 0.75 / 0.23): none is marked.
    const pasted = list.some((c) => c.whole) ? list.filter((c) => c.whole) : [];
    for (const c of pasted) {
      // A paragraph repeated whole or in part (a site's excerpt of its own lead under 延伸阅读) repeats
      // its sentences in a run; a farm pastes one sentence.
      const neighbours = [...copies.entries()].filter(([other, l]) => other !== sentence && l.length >= 2 && l.some((o) => o.paragraph === c.paragraph));
      if (neighbours.length > 0) continue;
      spans[c.paragraph]?.push(finderSpan(c.start, c.start + sentence.length, 'sentence', false, { hidden: '', marked: 'A sentence the article already says, pasted again: possibly padding.' }));
    }
  }
  return spans;
}
