import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeTooltip } from '../../src/ui/tooltip/placement';

const viewport = { width: 1000, height: 800 };
const word = (left: number, top: number, width = 40, height = 20) => ({ left, top, right: left + width, bottom: top + height });
const size = { width: 300, height: 200 };

describe('placeTooltip', () => {
  it('goes below the word, aligned with its left edge, when there is room', () => {
    expect(placeTooltip(word(100, 100), size, viewport)).toEqual({ left: 100, top: 120 + GAP, side: 'below', maxHeight: 800 - 120 - GAP - MARGIN });
  });

  it('goes above the word when there is no room below', () => {
    const placement = placeTooltip(word(100, 700), size, viewport);
    expect(placement.side).toBe('above');
    expect(placement.top + 200).toBe(700 - GAP);
  });

  it('never covers the word while either side has room', () => {
    for (const top of [0, 50, 300, 560, 580, 600, 780]) {
      const anchor = word(10, top);
      const p = placeTooltip(anchor, size, viewport);
      const bottom = p.top + Math.min(size.height, p.maxHeight);
      const overlaps = p.top < anchor.bottom && bottom > anchor.top;
      expect(overlaps, `word at ${top}`).toBe(false);
    }
  });

  it('shifts left at the right edge and stays inside the left edge', () => {
    expect(placeTooltip(word(900, 100), size, viewport).left).toBe(1000 - MARGIN - 300);
    expect(placeTooltip(word(-20, 100), size, viewport).left).toBe(MARGIN);
    expect(placeTooltip(word(100, 100), { width: 1200, height: 100 }, viewport).left).toBe(MARGIN);
  });

  it('picks the roomier side and limits the height when the tooltip fits on neither', () => {
    const tall = { width: 300, height: 900 };
    const nearTop = placeTooltip(word(100, 200), tall, viewport);
    expect(nearTop.side).toBe('below');
    expect(nearTop.maxHeight).toBe(800 - 220 - GAP - MARGIN);
    const nearBottom = placeTooltip(word(100, 600), tall, viewport);
    expect(nearBottom.side).toBe('above');
    expect(nearBottom.top).toBe(MARGIN);
    expect(nearBottom.maxHeight).toBe(600 - GAP - MARGIN);
  });
});
