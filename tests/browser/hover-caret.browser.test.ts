/**
 * characterAtPoint / collectText in Chromium: the character under a point, only when the point is
 * really over it, and the text after it across inline elements but not across blocks.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charCentre, launchHoverBrowser, type HoverBrowser } from './hover-harness';

const PAGE = `
<style>
  body { font: 20px/1.6 sans-serif; margin: 20px; width: 600px; }
  p { margin: 0 0 30px; padding: 0 0 20px; }
  .hidden { display: none; }
  #wrap { width: 150px; }
</style>
<p id="plain">信访案件是群众</p>
<p id="inline">群众<b>满<i>意</i></b>是<a href="#">信访</a>工作</p>
<h2 id="head">信访</h2><p id="next">案件</p>
<p id="skip">信<span class="hidden">隐藏</span>访<ruby>案<rt>àn</rt></ruby>件</p>
<p id="wrap">一二三四五六七八九十信访案件</p>
<p id="astral">𠀋信访</p>
<p id="latin">abc 信访</p>
`;

describe('caret at point (Chromium)', () => {
  let env: HoverBrowser;
  let page: Page;
  beforeAll(async () => {
    env = await launchHoverBrowser();
    page = await env.open(PAGE);
  });
  afterAll(async () => env?.close());

  /** The character found at (x, y) and the collected text from there, or null. */
  const at = (point: { x: number; y: number }, after = 20) =>
    page.evaluate(
      ({ x, y, after }) => {
        const position = window.dudongTest.characterAtPoint(document, x, y);
        if (!position) return null;
        const collected = window.dudongTest.collectText(position, 0, after);
        return { char: position.node.data.slice(position.offset, position.offset + 1), text: collected.text };
      },
      { ...point, after },
    );

  it('finds the character under the point and the text after it', async () => {
    const point = await charCentre(page, '#plain', '案');
    expect(await at(point)).toEqual({ char: '案', text: '案件是群众' });
  });

  it('finds the same character on its left and right halves', async () => {
    const centre = await charCentre(page, '#plain', '案');
    expect((await at({ x: centre.x - 7, y: centre.y }))?.char).toBe('案');
    expect((await at({ x: centre.x + 7, y: centre.y }))?.char).toBe('案');
  });

  it('answers null past the end of the line, in padding and in margins', async () => {
    const last = await charCentre(page, '#plain', '众');
    expect(await at({ x: last.x + 60, y: last.y })).toBeNull();
    expect(await at({ x: last.x, y: last.y + 30 })).toBeNull(); // the paragraph's bottom padding
    expect(await at({ x: 5, y: last.y })).toBeNull(); // the body margin
  });

  it('collects across inline elements', async () => {
    expect(await at(await charCentre(page, '#inline', '满'))).toEqual({ char: '满', text: '满意是信访工作' });
  });

  it('stops at a block boundary', async () => {
    expect((await at(await charCentre(page, '#head', '访')))?.text).toBe('访');
  });

  it('skips hidden text and ruby annotations', async () => {
    expect((await at(await charCentre(page, '#skip', '信')))?.text).toBe('信访案件');
  });

  it('limits the collected length', async () => {
    expect((await at(await charCentre(page, '#inline', '群'), 4))?.text).toBe('群众满意');
  });

  it('finds characters on a wrapped second line', async () => {
    const point = await charCentre(page, '#wrap', '信');
    const first = await charCentre(page, '#wrap', '一');
    expect(point.y).toBeGreaterThan(first.y); // the fixture really wraps
    expect(await at(point)).toEqual({ char: '信', text: '信访案件' });
  });

  it('handles characters outside the BMP (surrogate pairs)', async () => {
    const point = await page.evaluate(() => {
      const node = document.querySelector('#astral')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 2);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width * 0.75, y: rect.top + rect.height / 2 };
    });
    expect(await at(point, 4)).toEqual({ char: '\ud840', text: '𠀋信访' });
  });

  it('works through caretRangeFromPoint when caretPositionFromPoint is missing', async () => {
    const point = await charCentre(page, '#plain', '群');
    const viaFallback = await page.evaluate(({ x, y }) => {
      const proto = Document.prototype as unknown as Record<string, unknown>;
      const saved = Object.getOwnPropertyDescriptor(proto, 'caretPositionFromPoint');
      delete proto.caretPositionFromPoint;
      try {
        const hasFallback = typeof (document as unknown as Record<string, unknown>).caretRangeFromPoint === 'function';
        const position = window.dudongTest.characterAtPoint(document, x, y);
        return { hasFallback, char: position ? position.node.data[position.offset] : null };
      } finally {
        if (saved) Object.defineProperty(proto, 'caretPositionFromPoint', saved);
      }
    }, point);
    expect(viaFallback).toEqual({ hasFallback: true, char: '群' });
  });
});
