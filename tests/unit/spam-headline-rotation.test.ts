import { describe, expect, it } from 'vitest';
import { followsHeadlineRotation, piecesPastedInRotation, type PlacedPiece } from '../../src/spam/headline-rotation';

/** A paste in paragraph 0 at `start`, of the piece that starts at `headlineAt` in the headline. */
const at = (start: number, headlineAt: number, paragraph = 0): PlacedPiece => ({ paragraph, start, end: start + 2, headlineAt });

describe('followsHeadlineRotation', () => {
  it('sees pieces pasted in headline order, round and round', () => {
    expect(followsHeadlineRotation([at(0, 0), at(10, 3), at(20, 7), at(30, 10), at(40, 0), at(50, 3), at(60, 7), at(70, 10)])).toBe(true);
  });

  it('does not see a rotation in pieces pasted in no order', () => {
    expect(followsHeadlineRotation([at(0, 7), at(10, 0), at(20, 5), at(30, 2), at(40, 6), at(50, 1), at(60, 3)])).toBe(false);
  });

  it('needs a wrap and enough pastes to tell', () => {
    expect(followsHeadlineRotation([at(0, 0), at(10, 2), at(20, 4), at(30, 6), at(40, 8), at(50, 10)])).toBe(false);
    expect(followsHeadlineRotation([at(0, 0), at(10, 3), at(20, 0), at(30, 3)])).toBe(false);
  });
});

describe('piecesPastedInRotation', () => {
  const proven = [at(0, 0), at(10, 3), at(30, 9), at(40, 0), at(50, 3), at(60, 5), at(70, 9), at(80, 0)];

  it('names the one candidate whose headline place falls in the gap', () => {
    // Between the pastes of pieces 3 and 9 (offsets 10 and 30) the farm's turn was piece 5.
    const candidate = at(20, 5);
    expect(piecesPastedInRotation(proven, [candidate])).toEqual([candidate]);
  });

  it('goes round the end of the headline', () => {
    // After piece 9 (offset 70) and before piece 0 (offset 80) the turn is a piece after 9.
    const candidate = at(75, 12);
    expect(piecesPastedInRotation(proven, [candidate])).toEqual([candidate]);
  });

  it('leaves a gap alone when two candidates could be the paste, or none fits the turn', () => {
    expect(piecesPastedInRotation(proven, [at(15, 5), at(22, 6)])).toEqual([]);
    expect(piecesPastedInRotation(proven, [at(20, 1)])).toEqual([]);
  });

  it('names the paste after the last proven one: the piece that always came next', () => {
    // Piece 0 was followed by piece 3 both times; after the last paste of piece 0 (offset 80) the
    // next word of its own in the paragraph is piece 3.
    const candidate = at(90, 3);
    expect(piecesPastedInRotation(proven, [candidate])).toEqual([candidate]);
  });

  it('leaves the tail alone when the next word is another piece, or in another paragraph', () => {
    expect(piecesPastedInRotation(proven, [at(90, 5)])).toEqual([]);
    expect(piecesPastedInRotation(proven, [at(5, 3, 1)])).toEqual([]);
  });

  it('finds nothing on a page without a rotation', () => {
    const shuffled = [at(0, 7), at(10, 0), at(20, 5), at(30, 2), at(40, 6), at(50, 1), at(60, 3)];
    expect(piecesPastedInRotation(shuffled, [at(15, 4)])).toEqual([]);
  });
});
