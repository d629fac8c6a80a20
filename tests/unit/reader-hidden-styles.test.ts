import { describe, expect, it } from 'vitest';
import { isClippedAway, isEmptyClipPath, isEmptyClipRect, isTransparentText, type StyleLike } from '../../src/content/hidden-styles';

const box = (width: number, height: number) => ({ getBoundingClientRect: () => ({ width, height }) });
const style = (overrides: Partial<StyleLike>): StyleLike => ({
  color: 'rgb(0, 0, 0)',
  position: 'static',
  clip: 'auto',
  clipPath: 'none',
  ...overrides,
});

describe('transparent text', () => {
  it('is transparent in any spelling of a zero alpha, not when faint', () => {
    expect(isTransparentText(style({ color: 'transparent' }))).toBe(true);
    expect(isTransparentText(style({ color: 'rgba(255, 255, 255, 0)' }))).toBe(true);
    expect(isTransparentText(style({ color: 'rgb(0 0 0 / 0)' }))).toBe(true);
    expect(isTransparentText(style({ color: 'rgba(0, 0, 0, 0.4)' }))).toBe(false);
  });

  it('counts a transparent fill, except for gradient text painted through it', () => {
    expect(isTransparentText(style({ webkitTextFillColor: 'rgba(0, 0, 0, 0)' }))).toBe(true);
    expect(isTransparentText(style({ webkitTextFillColor: 'rgba(0, 0, 0, 0)', backgroundClip: 'text' }))).toBe(false);
  });
});

describe('clipped boxes', () => {
  it('reads clip: rect() as empty when it has no area, and only on positioned boxes', () => {
    expect(isEmptyClipRect('rect(0px, 0px, 0px, 0px)')).toBe(true);
    expect(isEmptyClipRect('rect(1px 1px 1px 1px)')).toBe(true);
    expect(isEmptyClipRect('rect(0px, 100px, 20px, 0px)')).toBe(false);
    expect(isEmptyClipRect('auto')).toBe(false);
    expect(isClippedAway(style({ position: 'absolute', clip: 'rect(0px, 0px, 0px, 0px)' }), box(100, 20))).toBe(true);
    expect(isClippedAway(style({ position: 'static', clip: 'rect(0px, 0px, 0px, 0px)' }), box(100, 20))).toBe(false);
  });

  it('reads inset(), circle(), ellipse() and polygon() clip paths that leave nothing', () => {
    expect(isEmptyClipPath('inset(50%)', box(100, 20))).toBe(true);
    expect(isEmptyClipPath('inset(10px 60px)', box(100, 20))).toBe(true);
    expect(isEmptyClipPath('inset(0px round 4px)', box(100, 20))).toBe(false);
    expect(isEmptyClipPath('inset(10%)', box(100, 20))).toBe(false);
    expect(isEmptyClipPath('circle(0px at 50% 50%)', box(100, 20))).toBe(true);
    expect(isEmptyClipPath('circle(40% at 50% 50%)', box(100, 20))).toBe(false);
    expect(isEmptyClipPath('ellipse(0px 10px at 50% 50%)', box(100, 20))).toBe(true);
    expect(isEmptyClipPath('polygon(0px 0px, 0px 0px, 0px 0px)', box(100, 20))).toBe(true);
    expect(isEmptyClipPath('polygon(0% 0%, 100% 0%, 100% 100%)', box(100, 20))).toBe(false);
    expect(isEmptyClipPath('none', box(100, 20))).toBe(false);
    expect(isEmptyClipPath('url("#shape")', box(100, 20))).toBe(false);
  });
});
