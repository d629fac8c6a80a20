/**
 * Features of a whole sentence that may be another article's, pasted once
 * (./candidates-whole-sentences.ts): everything a line pasted once is read by (./features-once.ts:
 * its topic against the page's and its host's, the language model at both edges, its shape), and
 * two things news prose brings from its own story: whether it follows a full stop (a paste after a
 * comma turns its host's sentence into two) and figures the rest of the page never prints (another
 * story's dates, amounts, counts).
 */
import type { OnceCandidate } from './candidates-once';
import { onceFeatures, ONCE_FEATURES } from './features-once';
import type { SpamPage } from './page';

export const LINE_FEATURES = [...ONCE_FEATURES, 'afterStop', 'newFigures'] as const;

/** A number as written in news, half or full width (1981, ２０１２, 3.5). */
const FIGURE = /[0-9０-９]+(?:[.．][0-9０-９]+)?/gu;
const STOPS = '。！？!?';

export function lineFeatures(page: SpamPage, candidates: readonly OnceCandidate[]): number[][] {
  const figures = page.paragraphs.map((p) => [...p.text.matchAll(FIGURE)].map((m) => ({ at: m.index, figure: m[0] })));
  return onceFeatures(page, candidates).map((row, i) => {
    const c = candidates[i] as OnceCandidate;
    const before = page.paragraphs[c.paragraph]?.text.charAt(c.start - 1) ?? '';
    return [...row, Number(before !== '' && STOPS.includes(before)), Math.min(3, newFigures(figures, c.paragraph, c.start, c.end)) / 3];
  });
}

/** How many different figures inside [start, end) of paragraph p the rest of the page does not print. */
function newFigures(figures: readonly { at: number; figure: string }[][], p: number, start: number, end: number): number {
  const inside = new Set<string>();
  const outside = new Set<string>();
  figures.forEach((list, q) => {
    for (const { at, figure } of list) (q === p && at >= start && at < end ? inside : outside).add(figure);
  });
  return [...inside].filter((f) => !outside.has(f)).length;
}
