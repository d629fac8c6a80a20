/**
 * Evidence that a headline word was pasted between two words of a sentence: how much more probable
 * the clause is without it than with it, the word's own cost given back (a rare word — a name, a
 * term: what headlines are made of — costs nothing by itself, only what its neighbours make of it:
 * 已久|凸显老龄化|的 leaves 已久的, which the model expects).
 *
 * Also the page-level and place evidence of a farm that pastes whole words a few times a page: the
 * same word again a few characters back in its clause (三聚氰胺含量|三聚氰胺|不得), how many of the
 * lead's headline words read as pasted, and how early on the page the piece stands.
 */
import type { PieceCandidate } from './candidates-headline';
import type { LanguageModel } from '../lm/index';
import type { SpamPage } from './page';

export const PASTE_FEATURES = ['clauseRemoval', 'localRemoval', 'echo', 'leadMisfits', 'position'] as const;

/** What ends a clause: the words either side are read within it. */
const CLAUSE_END = /[，。！？；：、,.!?;:“”「」『』（）()《》\s]/u;
/** Removal gains beyond this many nats say no more. */
const REMOVAL_CLIP = 20;
/** Characters either side the local removal gain reads. */
const LOCAL = 4;
/** Characters back within which the same word said again is an echo. */
const ECHO = 12;
/**
 * A piece the text reads this many nats better without (local removal gain) reads as pasted, for
 * the page's count: on the dev pages about one pasted headline word in five, one written in fifty.
 */
export const MISFIT = 2;
/** Paragraphs of the lead, as ./features-headline.ts counts them. */
const LEAD = 3;

function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text.charAt(to))) to++;
  return [from, to];
}

/**
 * How much more probable the clause is without the piece than with it, the piece's own cost (read
 * alone) given back: what its neighbours make of it, not how rare it is. Over the whole clause, and
 * over LOCAL characters either side (what a paste disturbs).
 */
function removalGains(lm: LanguageModel, text: string, start: number, end: number): [number, number] {
  const [from, to] = clauseAround(text, start, end);
  const before = text.slice(from, start);
  const piece = text.slice(start, end);
  const after = text.slice(end, to);
  const alone = lm.logProb(piece, { opens: false, closes: false });
  const whole = lm.logProb(before + after, { opens: true, closes: true }) - lm.logProb(before + piece + after, { opens: true, closes: true }) + alone;
  const near = before.slice(-LOCAL);
  const far = after.slice(0, LOCAL);
  const local = lm.logProb(near + far, { opens: false, closes: false }) - lm.logProb(near + piece + far, { opens: false, closes: false }) + alone;
  return [whole, local];
}

export function pasteFeatures(page: SpamPage, candidates: readonly PieceCandidate[], inLead: readonly boolean[]): number[][] {
  const lm = page.tools.languageModel;
  let articleIndex = 0;
  const index = page.paragraphs.map((p) => (p.isHeadline ? -1 : articleIndex++));
  // Only a piece on word boundaries: one that starts or ends inside a word of the host (杭州市|临安|区)
  // leaves the rest of that word behind, and the model reads what is left as another word (市区).
  const removal = candidates.map((c) => {
    const paragraph = page.paragraphs[c.paragraph];
    const aligned = paragraph?.boundaries.has(c.start) && paragraph.boundaries.has(c.end);
    return lm && paragraph && aligned ? removalGains(lm, paragraph.text, c.start, c.end) : [0, 0];
  });
  const misfits = candidates.filter((c, i) => inLead[i] && c.pieces.length === 1 && (removal[i]?.[1] ?? 0) > MISFIT).length;
  return candidates.map((c, i) => {
    const text = page.paragraphs[c.paragraph]?.text ?? '';
    const piece = text.slice(c.start, c.end);
    const back = text.slice(Math.max(0, c.start - ECHO), c.start);
    const echo = piece.length >= 2 && back.includes(piece) && !CLAUSE_END.test(back.slice(back.lastIndexOf(piece)));
    const paragraphIndex = index[c.paragraph] ?? 0;
    const [whole = 0, local = 0] = removal[i] ?? [];
    const scale = (x: number): number => Math.max(-REMOVAL_CLIP, Math.min(REMOVAL_CLIP, x)) / REMOVAL_CLIP;
    return [scale(whole), scale(local), Number(echo), Math.min(6, misfits) / 6, Math.min(paragraphIndex, LEAD + 1) / (LEAD + 1)];
  });
}
