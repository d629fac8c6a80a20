import { describe, expect, it } from 'vitest';
import { hoverKeyAction } from '../../src/hover/keyboard';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; isComposing: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('hoverKeyAction', () => {
  it('maps the documented keys', () => {
    expect(hoverKeyAction(key('Escape'))).toBe('hide');
    expect(hoverKeyAction(key('n'))).toBe('next');
    expect(hoverKeyAction(key('p'))).toBe('previous');
    expect(hoverKeyAction(key('c'))).toBe('copy');
    expect(hoverKeyAction(key('s'))).toBe('save');
    expect(hoverKeyAction(key('N'))).toBe('next');
    expect(hoverKeyAction(key('k'))).toBe('known');
    expect(hoverKeyAction(key('a'))).toBe('speak-word');
  });

  it('speaks the sentence on Shift+A, the word on a Caps Lock A', () => {
    expect(hoverKeyAction(key('A', { shiftKey: true }))).toBe('speak-sentence');
    expect(hoverKeyAction(key('A'))).toBe('speak-word');
    expect(hoverKeyAction(key('a', { ctrlKey: true }))).toBeNull();
  });

  it('leaves browser and page shortcuts alone', () => {
    expect(hoverKeyAction(key('c', { ctrlKey: true }))).toBeNull();
    expect(hoverKeyAction(key('c', { metaKey: true }))).toBeNull();
    expect(hoverKeyAction(key('n', { altKey: true }))).toBeNull();
    expect(hoverKeyAction(key('ArrowRight'))).toBeNull();
    expect(hoverKeyAction(key('x'))).toBeNull();
  });

  it('ignores keys typed into an input method', () => {
    expect(hoverKeyAction(key('n', { isComposing: true }))).toBeNull();
  });
});
