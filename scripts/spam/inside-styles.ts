/**
 * A piece of the headline glued inside the writer's sentence with no punctuation of its own
 * (session 20, issue 12): the class QA19's never-seen pages missed entirely (described to us by class
 * and position, never seen). The piece is 4–10 Han characters of one headline clause, cut at the
 * headline's own word edges: the clause itself when short enough, its opening words (subject and
 * predicate), now and then a stretch from inside it. Places:
 *
 * - `inside-comma`: right after a clause's comma, the writer's clause going on after it (…，PIECE排水沟…);
 * - `inside-words`: mid-clause, between two of the writer's words (jieba's), at least two characters
 *   from any punctuation on either side (…有虫眼PIECE并不意味着…);
 * - `inside-glued`: right after a full stop, the writer's next sentence going on after it.
 *
 * One or two pastes a page (the second the same piece or another one), one page in three written in
 * Traditional characters, every other page with one farm address besides. Hosts are
 * ./phrase-styles.ts's. Split: dev (seed 81) is where a finder may be tuned, held-out (seed 83) and
 * fresh (seed 89) are only reported. Frozen before any finder was changed (2026-12-06, session 20).
 */
import { createRandom } from './inject';
import { headlinePieceOf, pasteInserts, phraseHosts, stylePagesOf, type PhraseSplit, type StylePage } from './phrase-styles';
import type { UnseenHost } from './unseen-hosts';
import type { UnseenPage } from './unseen-styles';
import { hanWordSeams } from './word-seams';

export const INSIDE_POSITIONS = ['inside-comma', 'inside-words', 'inside-glued'] as const;
export type InsideStyle = (typeof INSIDE_POSITIONS)[number];
export const INSIDE_SEEDS: Record<PhraseSplit, number> = { dev: 81, heldout: 83, fresh: 89 };
export const insideHosts = phraseHosts;

const FARM_MARKS = ['（稿源：www.mq5511.cn）', '【更多精彩 www.tz3366.net】'];
const PUNCTUATION = /[\s，,。；;：:！!？?、—“”"《》（）()【】…·]/u;
const INSIDE_BOUNDS = { minHan: 4, maxHan: 10, wholeClause: 0.4 };

/** A piece of 4–10 Han at the headline's word edges, or undefined when the headline has none. */
const insidePieceOf = (title: string, cut: (text: string) => string[], random: () => number): string | undefined => headlinePieceOf(title, cut, random, INSIDE_BOUNDS);

/** Offsets of `text` where the style's paste goes in. */
function placesFor(style: InsideStyle, text: string, cut: (text: string) => string[]): number[] {
  const after = (re: RegExp): number[] => [...text.matchAll(re)].map((m) => (m.index ?? 0) + 1);
  switch (style) {
    case 'inside-comma':
      return after(/，(?=\p{Script=Han}{2})/gu);
    case 'inside-glued':
      return after(/[。！？](?=\p{Script=Han}{2})/gu);
    case 'inside-words':
      return hanWordSeams(text, cut(text)).filter((at) => {
        const near = text.slice(Math.max(0, at - 2), at + 2);
        return near.length === 4 && !PUNCTUATION.test(near);
      });
  }
}

/** One page of `style` on `host` (Simplified; the caller converts), or null when nothing fits. */
export function pasteInside(host: UnseenHost, style: InsideStyle, seed: number, withMark: boolean, cut: (text: string) => string[]): UnseenPage | null {
  const random = createRandom(seed);
  const first = insidePieceOf(host.title, cut, random);
  if (!first) return null;
  const options = host.paragraphs.flatMap((text, p) => placesFor(style, text, cut).map((at) => [p, at] as const));
  if (options.length === 0) return null;
  const count = random() < 0.4 ? 2 : 1;
  return pasteInserts(host.paragraphs, random, options, count, (n) => (n === 0 || random() < 0.5 ? first : (insidePieceOf(host.title, cut, random) ?? first)), FARM_MARKS, withMark);
}

/** The pasted pages of host number `h`: three a style for a short host, one for a long one. */
export const insidePagesOf = (host: UnseenHost, h: number, split: PhraseSplit, cut: (text: string) => string[]): StylePage<InsideStyle>[] =>
  stylePagesOf(host, h, INSIDE_POSITIONS, INSIDE_SEEDS[split], (style, seed, withMark) => pasteInside(host, style, seed, withMark, cut));
