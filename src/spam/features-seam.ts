/**
 * Seam evidence of a headline piece read wider than ./features-language.ts's windows: whether the
 * host text reads on without the piece over the whole clause around it, and whether the page says
 * the two sides together elsewhere (a farm's paste splits a phrase the writer uses: 延迟|差别|退休
 * on a page that says 延迟退休), and how crowded the piece's neighbourhood is with other pieces.
 */
import type { PieceCandidate } from './candidates-headline';
import type { SpamPage } from './page';
import { isHan } from './text-classes';
import { wordEndingAt, wordStartingAt } from './words-at';

export const SEAM_FEATURES = ['clauseLeft', 'clauseRight', 'clauseGain', 'bridgeAttested', 'neighbours'] as const;

/** What ends a clause: the host text on each side is read up to one of these. */
const CLAUSE_END = /[，。！？；：、,.!?;:“”「」『』（）()《》\s]/u;
/** Ln ratios beyond this say no more; scaled to about ±1 (as in ./features-language.ts). */
const CLIP = 10;
/** Characters either side within which other pieces count as neighbours. */
const NEAR = 30;

const clip = (x: number): number => Math.max(-CLIP, Math.min(CLIP, x)) / CLIP;

/** Where the clause holding `at` starts (after the last clause mark before it). */
export function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !CLAUSE_END.test(text.charAt(i - 1))) i--;
  return i;
}

/** Where the clause holding `at` ends (at the next clause mark). */
export function clauseEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !CLAUSE_END.test(text.charAt(i))) i++;
  return i;
}


export function seamFeatures(page: SpamPage, candidates: readonly PieceCandidate[]): number[][] {
  const lm = page.tools.languageModel;
  const body = page.paragraphs.filter((p) => !p.isHeadline).map((p) => p.text).join('\n');
  return candidates.map((c) => {
    const paragraph = page.paragraphs[c.paragraph];
    const text = paragraph?.text ?? '';
    const from = clauseStart(text, c.start);
    const to = clauseEnd(text, c.end);
    const before = text.slice(from, c.start);
    const after = text.slice(c.end, to);
    const piece = text.slice(c.start, c.end);
    let left = 0;
    let right = 0;
    let bridge = 0;
    if (lm) {
      const opens = true;
      const closes = true;
      left = lm.junctionFit(before, piece, opens, !after && closes);
      right = lm.junctionFit(piece, after, !before && opens, closes);
      bridge = lm.junctionFit(before, after, opens, closes);
    }
    const wordBefore = wordEndingAt(paragraph?.words ?? [], c.start);
    const wordAfter = wordStartingAt(paragraph?.words ?? [], c.end);
    const phrase = wordBefore + wordAfter;
    const attested = [...phrase].every(isHan) && phrase.length >= 3 && body.includes(phrase);
    const neighbours = candidates.filter((o) => o !== c && o.paragraph === c.paragraph && o.pieces.length === 1 && (o.end <= c.start || o.start >= c.end) && Math.abs(o.start - c.start) <= NEAR).length;
    return [clip(left), clip(right), clip(bridge - left - right), Number(attested), Math.min(4, neighbours) / 4];
  });
}
