/**
 * A paragraph as the reader sends it for analysis: the text of one block's run of inline content,
 * whitespace collapsed as the browser renders it, with a map back to the Text nodes it came from.
 */
export interface TextPiece {
  node: Text;
  /** Where this node's data starts in the concatenation of every piece's data. */
  start: number;
  /** The node's data when extracted, so a later edit by the page is noticed before we annotate. */
  data: string;
}

export interface ParagraphUnit {
  /** The nearest block-level ancestor; lazy annotation watches it enter the viewport. */
  block: Element;
  /** Rendered text (whitespace runs collapsed to one space, trimmed): what is analysed. */
  text: string;
  pieces: TextPiece[];
  /** For each UTF-16 unit of `text`, its offset in the concatenated data of `pieces`. */
  rawIndex: number[];
  /**
   * For each UTF-16 unit of `text`, the raw offset just past it and past the variation selectors
   * that modify it (see invisible-characters.ts), so a ruby never cuts a character from its
   * selector. Absent: each unit ends one raw unit after it starts.
   */
  rawEnd?: number[];
}

/** A [start, end) range of one piece's node, for the part of a paragraph range that lies in it. */
export interface NodeRange {
  piece: TextPiece;
  from: number;
  to: number;
}

/** The parts of the paragraph range [start, end) (offsets in `unit.text`), one per Text node it touches. */
export function nodeRangesOf(unit: ParagraphUnit, start: number, end: number): NodeRange[] {
  if (end <= start) return [];
  const rawStart = unit.rawIndex[start]!;
  const rawEnd = unit.rawEnd?.[end - 1] ?? unit.rawIndex[end - 1]! + 1;
  const ranges: NodeRange[] = [];
  for (const piece of unit.pieces) {
    const pieceEnd = piece.start + piece.data.length;
    if (pieceEnd <= rawStart || piece.start >= rawEnd) continue;
    ranges.push({
      piece,
      from: Math.max(rawStart, piece.start) - piece.start,
      to: Math.min(rawEnd, pieceEnd) - piece.start,
    });
  }
  return ranges;
}
