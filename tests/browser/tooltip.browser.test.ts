/**
 * The tooltip in Chromium: closed shadow root, immune to page CSS, placed next to the word without
 * covering it, flipped at the viewport's edges, light and dark themes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTooltipRoot, launchHoverBrowser, tooltipText, type HoverBrowser } from './hover-harness';

// A hostile page: styles every element and the host's tag, as some sites' resets do.
const HOSTILE_CSS = `<style>
  * { color: red !important; font-size: 40px !important; }
  dudong-tooltip { display: none !important; position: static !important; }
  div { display: none; }
</style>`;
const PAGE = `<span id="word" style="position:absolute">信访</span>`;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

async function showAt(page: Page, left: number, top: number): Promise<{ word: Box; tip: Box; side: string }> {
  return page.evaluate(
    ({ left, top }) => {
      const word = document.getElementById('word')!;
      word.style.left = `${left}px`;
      word.style.top = `${top}px`;
      const api = window.dudongTest;
      const w = window as unknown as { tip?: InstanceType<typeof api.Tooltip> };
      w.tip ??= new api.Tooltip(document);
      const lookup = {
        word: '信访', simplified: '信访', traditional: '信訪',
        senses: [{ pinyin: 'xin4 fang3', definitions: ['letters and visits', 'petitioning'], classifiers: ['個|个[ge4]'] }],
        glossary: { term: '信访', pinyin: 'xin4 fang3', gloss: 'petitioning', explanation: 'A long explanation. '.repeat(6), category: 'governance' },
        characters: [
          { char: '信', senses: [{ pinyin: 'xin4', definitions: ['letter'] }] },
          { char: '访', senses: [{ pinyin: 'fang3', definitions: ['to visit'] }] },
        ],
      };
      const wordBox = word.getBoundingClientRect();
      const placement = w.tip.show(api.buildTooltipView(lookup, { pinyinStyle: 'marks', toneColours: true }), wordBox);
      const tipBox = w.tip.host.getBoundingClientRect();
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      return { word: box(wordBox), tip: box(tipBox), side: placement.side };
    },
    { left, top },
  );
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('tooltip (Chromium)', () => {
  let env: HoverBrowser;
  let page: Page;
  beforeAll(async () => {
    env = await launchHoverBrowser();
    page = await env.open(PAGE, HOSTILE_CSS);
  });
  afterAll(async () => env?.close());

  it('shows below a word with room below, without covering it', async () => {
    const { word, tip, side } = await showAt(page, 100, 50);
    expect(side).toBe('below');
    expect(tip.top).toBeGreaterThanOrEqual(word.bottom);
    expect(overlaps(word, tip)).toBe(false);
    expect(tip.bottom - tip.top).toBeGreaterThan(50); // really rendered despite the page's CSS
  });

  it('flips above a word near the bottom edge', async () => {
    const { word, tip, side } = await showAt(page, 100, 540);
    expect(side).toBe('above');
    expect(tip.bottom).toBeLessThanOrEqual(word.top);
    expect(tip.top).toBeGreaterThanOrEqual(0);
  });

  it('stays inside the right edge', async () => {
    const { word, tip } = await showAt(page, 760, 50);
    expect(tip.right).toBeLessThanOrEqual(800);
    expect(tip.left).toBeLessThan(word.left);
    expect(overlaps(word, tip)).toBe(false);
  });

  it('keeps its content in a closed shadow root that page CSS does not reach', async () => {
    await showAt(page, 100, 50);
    expect(await page.evaluate(() => document.querySelector('dudong-tooltip')!.shadowRoot)).toBeNull();
    const text = await tooltipText(page);
    expect(text).toContain('信访');
    expect(text).toContain('信訪');
    expect(text).toContain('xìn');
    expect(text).toContain('petitioning');
    const styles = await inTooltipRoot<{ color: string; size: string; noteColor: string }>(
      page,
      `function () {
        const word = this.querySelector('.word');
        const syllable = this.querySelector('.pinyin .syl');
        return { color: getComputedStyle(syllable).color, size: getComputedStyle(word).fontSize,
          noteColor: getComputedStyle(this.querySelector('.note')).borderLeftColor };
      }`,
    );
    expect(styles?.size).toBe('28px');
    expect(styles?.color).toBe('rgb(31, 85, 200)'); // tone 4 blue, light theme — not the page's red
  });

  it('colours each syllable by tone and marks the glossary note as its own block', async () => {
    await showAt(page, 100, 50);
    const structure = await inTooltipRoot<{ tones: string[]; note: string; chars: string; items: number; extra: string }>(
      page,
      `function () {
        return {
          items: this.querySelectorAll('.reading ol > li').length,
          extra: this.querySelector('.reading .extra').textContent,
          tones: [...this.querySelectorAll('.reading .syl')].map((s) => s.className),
          note: this.querySelector('section.note').innerText,
          chars: this.querySelector('.chars').innerText,
        };
      }`,
    );
    expect(structure?.tones).toEqual(['syl tone4', 'syl tone3']);
    expect(structure?.items).toBe(2); // the measure word is not a numbered meaning
    expect(structure?.extra).toBe('measure word: 个 gè');
    expect(structure?.note).toContain('petitioning');
    expect(structure?.note.toLowerCase()).toContain('governance');
    expect(structure?.chars).toContain('letter');
  });

  it('uses the dark palette when the page prefers a dark colour scheme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await showAt(page, 100, 50);
    const colours = await inTooltipRoot<{ bg: string; tone4: string }>(
      page,
      `function () { return { bg: getComputedStyle(this.querySelector('.panel')).backgroundColor,
        tone4: getComputedStyle(this.querySelector('.tone4')).color }; }`,
    );
    await page.emulateMedia({ colorScheme: 'light' });
    expect(colours).toEqual({ bg: 'rgb(31, 32, 35)', tone4: 'rgb(122, 167, 255)' });
  });
});
