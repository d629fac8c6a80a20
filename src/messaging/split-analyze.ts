/**
 * An article too large for one analyze request (src/messaging/limits.ts), sent in parts and put
 * back together, so the reader gets one answer in the article's own offsets. Parts are cut the same
 * way whatever `tokensFor` asks, so the background's spam cache sees the same parts each time.
 * Spam is then judged per part: an article this long has plenty of evidence in each. So when only
 * some paragraphs' tokens are wanted, only their parts are asked: the answer for them is the same,
 * and the first ruby of a million-character page waits for one part, not for all of them.
 */
import type { LinkRange } from '../spam/types';
import type { AnalyzeRequest, AnalyzeResponse, ParagraphAnalysis } from './analyze';
import { MAX_ANALYZE_CHARS, MAX_ANALYZE_PARAGRAPHS } from './limits';

type AnalyzeFields = Omit<AnalyzeRequest, 'type'>;

/** A stretch of one paragraph: [start, start + text.length). */
interface Piece {
  paragraph: number;
  start: number;
  text: string;
  /** The paragraph's links that lie wholly in this stretch, in its offsets. */
  links: LinkRange[];
}

/** Where a paragraph longer than one part may be cut: after a sentence end, else anywhere but inside a surrogate pair. */
function cutPoint(text: string, from: number, limit: number): number {
  const end = from + limit;
  if (end >= text.length) return text.length;
  for (let i = end; i > from + limit / 2; i--) if (/[。！？!?；\n]/.test(text[i - 1]!)) return i;
  return /[\uDC00-\uDFFF]/.test(text[end]!) ? end - 1 : end;
}

function piecesOf(paragraphs: readonly string[], limit: number, links: readonly (readonly LinkRange[])[] = []): Piece[] {
  return paragraphs.flatMap((text, paragraph) => {
    const own = links[paragraph] ?? [];
    if (text.length <= limit) return [{ paragraph, start: 0, text, links: [...own] }];
    const pieces: Piece[] = [];
    for (let start = 0; start < text.length; ) {
      const end = cutPoint(text, start, limit);
      // A link cut by the stretch's edge is dropped: half a link is no evidence of its text.
      const inside = own.filter((l) => l.start >= start && l.end <= end).map((l) => ({ ...l, start: l.start - start, end: l.end - start }));
      pieces.push({ paragraph, start, text: text.slice(start, end), links: inside });
      start = end;
    }
    return pieces;
  });
}

/** Consecutive pieces grouped into parts within both limits. */
export function splitIntoParts(
  paragraphs: readonly string[],
  maxChars = MAX_ANALYZE_CHARS,
  maxParagraphs = MAX_ANALYZE_PARAGRAPHS,
  links?: readonly (readonly LinkRange[])[],
): Piece[][] {
  const parts: Piece[][] = [];
  let part: Piece[] = [];
  let chars = 0;
  for (const piece of piecesOf(paragraphs, maxChars, links)) {
    if (part.length && (chars + piece.text.length > maxChars || part.length >= maxParagraphs)) {
      parts.push(part);
      part = [];
      chars = 0;
    }
    part.push(piece);
    chars += piece.text.length;
  }
  if (part.length) parts.push(part);
  return parts;
}

/** An answer in which some paragraphs may not have been judged at all. */
export interface PartialAnalysis extends AnalyzeResponse {
  /**
   * Paragraphs with a piece in a part that was not asked (none of its paragraphs' tokens were
   * wanted): their spam is unknown, not absent. Absent when every part was asked.
   */
  unjudged?: ReadonlySet<number>;
}

/**
 * Analyzes `request` with `analyze`, in parts when it is over the limits; parts are asked one after
 * another, and with `tokensFor`, only the parts holding a wanted paragraph.
 */
export async function analyzeInParts(
  request: AnalyzeFields,
  analyze: (request: AnalyzeFields) => Promise<AnalyzeResponse>,
  maxChars = MAX_ANALYZE_CHARS,
  maxParagraphs = MAX_ANALYZE_PARAGRAPHS,
): Promise<PartialAnalysis> {
  const parts = splitIntoParts(request.paragraphs, maxChars, maxParagraphs, request.links);
  if (parts.length <= 1) return analyze(request);
  const wanted = request.tokensFor ? new Set(request.tokensFor) : null;
  const merged: ParagraphAnalysis[] = request.paragraphs.map(() => ({ spam: [], tokens: [] }));
  const unjudged = new Set<number>();
  for (const part of parts) {
    if (wanted && !part.some((piece) => wanted.has(piece.paragraph))) {
      for (const piece of part) unjudged.add(piece.paragraph);
      continue;
    }
    const tokensFor = wanted ? part.flatMap((piece, i) => (wanted.has(piece.paragraph) ? [i] : [])) : undefined;
    const links = request.links ? { links: part.map((piece) => piece.links) } : {};
    const answer = await analyze({ ...request, paragraphs: part.map((piece) => piece.text), tokensFor, ...links });
    part.forEach((piece, i) => {
      const analysis = answer.paragraphs[i];
      const into = merged[piece.paragraph]!;
      if (!analysis) return;
      const shift = piece.start;
      into.spam.push(...analysis.spam.map((span) => ({ ...span, start: span.start + shift, end: span.end + shift })));
      if (analysis.suspects?.length) {
        into.suspects = [...(into.suspects ?? []), ...analysis.suspects.map((span) => ({ ...span, start: span.start + shift, end: span.end + shift }))];
      }
      into.tokens.push(...analysis.tokens.map((token) => ({ ...token, start: token.start + shift, end: token.end + shift })));
    });
  }
  return unjudged.size ? { paragraphs: merged, unjudged } : { paragraphs: merged };
}
