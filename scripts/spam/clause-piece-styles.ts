/**
 * A headline piece that is a little clause of its own (a whole headline clause, or its subject and
 * predicate: 5–13 Han at the headline's word edges) stuffed into the writer's sentences in the places
 * QA20's never-seen pages put it (described to us by class and place, never seen; session 21):
 *
 * - `clause-speech`: after a speech verb and its comma (说，表示，坦言，…), closed with a comma of its
 *   own, the speaker's clause going on (…坦言，PIECE，县城的…);
 * - `clause-comma`: after any of the writer's commas, closed with a comma, the writer's clause going on;
 * - `clause-glued`: after a comma with no punctuation of its own, glued to the writer's next words;
 * - `clause-quote`: right after an opening quote mark, the speaker's words going on after it (“PIECE也许…);
 * - `clause-between`: after a full stop or ！, glued to the writer's next sentence;
 * - `clause-closes`: after a paragraph's last full stop, with no punctuation of its own.
 *
 * One or two pastes a page (the second the same piece or another one), one page in three in
 * Traditional characters, every other page with one farm address besides. Hosts are
 * ./phrase-styles.ts's. Split: dev (seed 101) is where a finder may be tuned, held-out (seed 103)
 * and fresh (seed 107) are only reported. Frozen before any finder was changed (2026-12-06, session 21).
 */
import { createRandom } from './inject';
import { headlinePieceOf, pasteInserts, phraseHosts, stylePagesOf, type PhraseSplit, type StylePage } from './phrase-styles';
import type { UnseenHost } from './unseen-hosts';
import type { UnseenPage } from './unseen-styles';

export const CLAUSE_POSITIONS = ['clause-speech', 'clause-comma', 'clause-glued', 'clause-quote', 'clause-between', 'clause-closes'] as const;
export type ClauseStyle = (typeof CLAUSE_POSITIONS)[number];
export const CLAUSE_SEEDS: Record<PhraseSplit, number> = { dev: 101, heldout: 103, fresh: 107 };
export const clauseHosts = phraseHosts;

const FARM_MARKS = ['（本文来源：www.rw6633.com）', '【今日热点 www.bd8844.cn】'];
const CLAUSE_BOUNDS = { minHan: 5, maxHan: 13, wholeClause: 0.5 };
const SPEECH = /(?:说|表示|坦言|认为|指出|介绍|称|透露|强调|坦承|回忆|感慨|告诉记者)，(?=\p{Script=Han})/gu;

/** Offsets of `text` where the style's paste goes in. */
function placesFor(style: ClauseStyle, text: string): number[] {
  const after = (re: RegExp): number[] => [...text.matchAll(re)].map((m) => (m.index ?? 0) + m[0].length);
  switch (style) {
    case 'clause-speech':
      return after(SPEECH);
    case 'clause-comma':
    case 'clause-glued':
      return after(/，(?=\p{Script=Han}{2})/gu);
    case 'clause-quote':
      return after(/[“「](?=\p{Script=Han}{2})/gu);
    case 'clause-between':
      return after(/[。！](?=\p{Script=Han}{2})/gu);
    case 'clause-closes':
      return /[。！？]”?$/u.test(text) ? [text.length] : [];
  }
}

/** One page of `style` on `host` (Simplified; the caller converts), or null when nothing fits. */
function pasteClause(host: UnseenHost, style: ClauseStyle, seed: number, withMark: boolean, cut: (text: string) => string[]): UnseenPage | null {
  const random = createRandom(seed);
  const pieceOf = (): string | undefined => headlinePieceOf(host.title, cut, random, CLAUSE_BOUNDS);
  const first = pieceOf();
  if (!first) return null;
  const options = host.paragraphs.flatMap((text, p) => placesFor(style, text).map((at) => [p, at] as const));
  if (options.length === 0) return null;
  const count = random() < 0.4 ? 2 : 1;
  const closed = style === 'clause-speech' || style === 'clause-comma';
  return pasteInserts(host.paragraphs, random, options, count, (n) => {
    const piece = n === 0 || random() < 0.5 ? first : (pieceOf() ?? first);
    return closed ? `${piece}，` : piece;
  }, FARM_MARKS, withMark);
}

/** The pasted pages of host number `h`: three a style for a short host, one for a long one. */
export const clausePagesOf = (host: UnseenHost, h: number, split: PhraseSplit, cut: (text: string) => string[]): StylePage<ClauseStyle>[] =>
  stylePagesOf(host, h, CLAUSE_POSITIONS, CLAUSE_SEEDS[split], (style, seed, withMark) => pasteClause(host, style, seed, withMark, cut));
