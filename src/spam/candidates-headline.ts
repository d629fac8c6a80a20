/**
 * Candidates from the headline (cheap generators; the score decides): every stretch of the body
 * that is a piece of the headline, read greedily (the longest piece ending on a word boundary, so
 * 是地份考题 reads 地份, not 地份考), and every copy of the whole headline. Pieces that touch form a
 * run (足迹重回|作答载, a paste glued to another, or to the writer's own use: 下访|下访); every
 * stretch of consecutive pieces of a run is a candidate, and the score picks among them.
 */
import { foldWidth, hanCount, HEADLINE_PARTS, headlinePieces, type HeadlinePiece } from './headline-text';
import type { PageParagraph, SpamPage } from './page';
import { isHan } from './text-classes';

export interface PieceCandidate {
  kind: 'piece';
  paragraph: number;
  /** [start, end) in the paragraph's masked view. */
  start: number;
  end: number;
  /** The headline pieces it is read as, in order (one, or several glued together). */
  pieces: HeadlinePiece[];
}

export interface HeadlineCopyCandidate {
  kind: 'headline';
  paragraph: number;
  start: number;
  end: number;
  /** The headline has two parts or more (主题——副题): a writer's sentence does not repeat its spacing. */
  multiPart: boolean;
  /** The copy keeps what separates the headline's parts (a space, a dash, a colon) inside a sentence. */
  keepsSeparator: boolean;
}

/** Pieces of a run a candidate may join: farms glue two or three, not more. */
const MAX_JOINED = 3;
/** Fewer Han characters than this and a headline is a phrase like any other: its pieces cover it. */
const MIN_HEADLINE_HAN = 8;

export function headlinePieceCandidates(page: SpamPage): PieceCandidate[] {
  const known = page.tools.isKnownWord ?? (() => false);
  const isWord = (text: string): boolean => known(text) || (page.tools.segmenter.isDictionaryWord?.(text) ?? false);
  const pieces = headlinePieces(page.headline, isWord);
  if (pieces.size === 0) return [];
  let longest = 0;
  for (const text of pieces.keys()) longest = Math.max(longest, text.length);
  const out: PieceCandidate[] = [];
  page.paragraphs.forEach((paragraph, p) => {
    if (paragraph.isHeadline) return;
    const { text } = paragraph;
    let run: { start: number; piece: HeadlinePiece }[] = [];
    const flush = (): void => {
      for (let i = 0; i < run.length; i++) {
        for (let j = i; j < Math.min(run.length, i + MAX_JOINED); j++) {
          const start = run[i]?.start ?? 0;
          const last = run[j];
          if (!last) continue;
          out.push({ kind: 'piece', paragraph: p, start, end: last.start + last.piece.text.length, pieces: run.slice(i, j + 1).map((r) => r.piece) });
        }
      }
      run = [];
    };
    for (let at = 0; at < text.length; ) {
      const piece = isHan(text.charAt(at)) ? longestPieceAt(text, at, pieces, longest, paragraph) : null;
      if (!piece) {
        flush();
        at++;
        continue;
      }
      run.push({ start: at, piece });
      at += piece.text.length;
    }
    flush();
  });
  return out;
}

/**
 * The piece at `at`: the longest ending on a word boundary, a stretch of the headline as printed
 * before a guess that a character was lost (下访这), else the longest.
 */
function longestPieceAt(text: string, at: number, pieces: ReadonlyMap<string, HeadlinePiece>, longest: number, paragraph: PageParagraph): HeadlinePiece | null {
  let lossy: HeadlinePiece | null = null;
  let fallback: HeadlinePiece | null = null;
  for (let length = Math.min(longest, text.length - at); length >= 2; length--) {
    const piece = pieces.get(text.slice(at, at + length));
    if (!piece) continue;
    fallback ??= piece;
    if (!paragraph.boundaries.has(at + length)) continue;
    if (!piece.lossy) return piece;
    lossy ??= piece;
  }
  return lossy ?? fallback;
}

/**
 * A summary label a site prints before its own restatement of the story (核心提示：, 导语：, 摘要：):
 * the headline standing as a whole sentence right after one is the site's summary, not a paste.
 */
const SUMMARY_LABEL = /(?:核心提示|内容提要|提要|导语|导读|摘要|编者按)[:：]\s*$/u;
/** What may end a sentence that is only the headline. */
const SENTENCE_END = /^(?:\s*$|[。！？!?；;…]|\s)/u;
/** A headline that is a sentence itself (a question, an exclamation). */
const ENDS_SENTENCE = /[。！？!?…]$/u;

/** Every copy of the whole headline in the body, in either width, with or without its spaces. */
export function headlineCopyCandidates(page: SpamPage): HeadlineCopyCandidate[] {
  const headline = page.headline;
  if (hanCount(headline) < MIN_HEADLINE_HAN) return [];
  const multiPart = headline.split(HEADLINE_PARTS).filter((part) => hanCount(part) >= 2).length >= 2;
  const folded = foldWidth(headline);
  const forms = [...new Set([folded, folded.replace(/\s+/gu, '')])];
  const out: HeadlineCopyCandidate[] = [];
  page.paragraphs.forEach((paragraph, p) => {
    if (paragraph.isHeadline) return;
    const text = foldWidth(paragraph.text);
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        const end = at + form.length;
        if (SUMMARY_LABEL.test(text.slice(Math.max(0, at - 8), at)) && (SENTENCE_END.test(text.slice(end)) || ENDS_SENTENCE.test(form))) continue;
        const keepsSeparator = multiPart && HEADLINE_PARTS.test(form);
        if (!out.some((c) => c.paragraph === p && c.start < end && at < c.end)) out.push({ kind: 'headline', paragraph: p, start: at, end, multiPart, keepsSeparator });
      }
    }
  });
  return out;
}
