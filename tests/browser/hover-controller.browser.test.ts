/**
 * The hover controller in Chromium with real mouse, keyboard and touch input: article mode over the
 * reader's ruby elements, chinese mode over plain text.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { charCentre, launchHoverBrowser, tooltipText, type HoverBrowser } from './hover-harness';

// Ruby markup as the reader writes it; 信访 is split by <b> into two rubies sharing wid 2.
const ruby = (word: string, wid: number, text: string, reading: string) =>
  `<ruby class="dudong" data-dudong-word="${word}" data-dudong-wid="${wid}">${text}<rt>${reading}</rt></ruby>`;
const ARTICLE = `
<style>body { font: 22px/2.2 sans-serif; margin: 40px; width: 700px; } p { margin: 0 0 40px; }</style>
<h1 id="headline">信访工作</h1>
<p id="p1">${ruby('群众', 1, '群众', 'qún zhòng')}${ruby('满意', 5, '满意', 'mǎn yì')}。<b>${ruby('信访', 2, '信', 'xìn')}</b>${ruby('信访', 2, '访', 'fǎng')}${ruby('案件', 3, '案件', 'àn jiàn')}${ruby('是', 4, '是', 'shì')}考题。</p>
<p id="p2">另一段${ruby('工作', 6, '工作', 'gōng zuò')}。</p>
<input id="field" value="">
<p id="far" style="margin-top: 2000px">${ruby('群众', 7, '群众', 'qún zhòng')}</p>
`;
const CHINESE = `
<style>body { font: 22px/2 sans-serif; margin: 40px; width: 700px; }</style>
<div id="nav">首页 <a href="#">信访局</a> 群众满意</div>
<p id="plain">信访案件是群众工作。</p>
`;

const isShown = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('dudong-tooltip') as HTMLElement | null;
    return !!host && getComputedStyle(host).display !== 'none';
  });

async function waitForTooltip(page: Page, includes: string): Promise<string> {
  await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain(includes);
  return tooltipText(page);
}

async function hover(page: Page, selector: string, text: string, index = 0): Promise<void> {
  const { x, y } = await charCentre(page, selector, text, index);
  // One step: on a slow machine an intermediate point can rest long enough to be hovered itself.
  await page.mouse.move(x, y);
}

describe('hover controller, article mode (Chromium)', () => {
  let env: HoverBrowser;
  let page: Page;
  beforeAll(async () => {
    env = await launchHoverBrowser();
  });
  afterAll(async () => env?.close());
  afterEach(async () => page?.close());

  async function openArticle(): Promise<Page> {
    page = await env.open(ARTICLE);
    await page.evaluate(() => {
      (window as unknown as Record<string, unknown>).session = window.dudongTest.startTestHover('article');
    });
    return page;
  }
  const session = <R>(fn: string) => page.evaluate(`(${fn})(window.session)`) as Promise<R>;

  it('shows the word under the pointer, joining a word split across elements, and highlights it', async () => {
    await openArticle();
    await hover(page, '#p1', '访');
    const text = await waitForTooltip(page, '信访');
    expect(text).toContain('xìn fǎng');
    expect(text).toContain('petitioning');
    expect(await session<string[]>('(s) => s.backend.requests')).toEqual(['信访']);
    const highlighted = await page.evaluate(() => {
      const highlight = CSS.highlights.get('dudong-hover');
      return highlight ? [...highlight].map((r) => (r as Range).toString()).join('') : null;
    });
    expect(highlighted).toBe('信访'); // base text of both pieces, not the <rt> readings
  });

  it('falls back to the longest dictionary word on text the reader did not annotate', async () => {
    await openArticle();
    await hover(page, '#headline', '信');
    const text = await waitForTooltip(page, 'petitioning');
    expect(text.split('\n')[0]).toBe('信访');
    await page.keyboard.press('n');
    await waitForTooltip(page, 'work');
  });

  it('hides when the pointer leaves, but not when it travels into the tooltip', async () => {
    await openArticle();
    await hover(page, '#p1', '访');
    await waitForTooltip(page, '信访');
    const box = await page.evaluate(() => {
      const r = document.querySelector('dudong-tooltip')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + 10 };
    });
    await page.mouse.move(box.x, box.y, { steps: 5 });
    await page.waitForTimeout(600); // longer than the grace period: it must still be there
    expect(await isShown(page)).toBe(true);
    await page.mouse.move(790, 590);
    await expect.poll(() => isShown(page)).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.has('dudong-hover'))).toBe(false);
  });

  it('drops a slow answer for a word the pointer already left', async () => {
    await openArticle();
    await session('(s) => { s.backend.delays["群众"] = 400; }');
    await hover(page, '#p1', '群');
    await page.waitForTimeout(100);
    await hover(page, '#p1', '案');
    await waitForTooltip(page, '案件');
    await page.waitForTimeout(500); // the slow 群众 answer arrives meanwhile
    const text = await tooltipText(page);
    expect(text).toContain('案件');
    expect(text).not.toContain('群众');
  });

  it('steps with n and p in word order, skipping the other piece of a split word, and Esc hides', async () => {
    await openArticle();
    await hover(page, '#p1', '满');
    await waitForTooltip(page, '满意');
    await page.keyboard.press('n');
    await waitForTooltip(page, '信访');
    await page.keyboard.press('n');
    await waitForTooltip(page, '案件');
    await page.keyboard.press('p');
    await waitForTooltip(page, '信访');
    await page.keyboard.press('p');
    await waitForTooltip(page, '满意');
    await page.keyboard.press('Escape');
    await expect.poll(() => isShown(page)).toBe(false);
    // A pointermove that does not move does not bring it back; a real move does.
    const still = await charCentre(page, '#p1', '满');
    await page.mouse.move(still.x, still.y);
    await page.waitForTimeout(200);
    expect(await isShown(page)).toBe(false);
    await page.mouse.move(still.x + 2, still.y);
    await waitForTooltip(page, '满意');
  });

  it('follows n into the next paragraph and scrolls a far word into view', async () => {
    await openArticle();
    await hover(page, '#p2', '工');
    await waitForTooltip(page, '工作');
    await page.keyboard.press('n');
    await waitForTooltip(page, '群众');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const inView = await page.evaluate(() => {
      const r = document.querySelector('#far ruby')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight + 1; // sub-pixel layout
    });
    expect(inView).toBe(true);
    expect(await isShown(page)).toBe(true);
  });

  it('saves the word with its sentence, and copies it', async () => {
    await openArticle();
    await hover(page, '#p1', '信');
    await waitForTooltip(page, '信访');
    await page.keyboard.press('s');
    await waitForTooltip(page, 'Saved');
    const saved = await session<Array<Record<string, unknown>>>('(s) => s.saved');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ word: '信访', pinyin: 'xìn fǎng', sentence: '信访案件是考题。' });
    expect(String(saved[0]!.definition)).toContain('petitioning');
    expect(String(saved[0]!.url)).toMatch(/^http:\/\/localhost/);
    await page.keyboard.press('c');
    await waitForTooltip(page, 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('信访');
  });

  it('keeps an action\'s confirmation when the reader re-renders the same word (a learner-data change arriving after it)', async () => {
    await openArticle();
    await hover(page, '#p1', '信');
    await waitForTooltip(page, '信访');
    await page.keyboard.press('s');
    await waitForTooltip(page, 'Saved');
    // What the reader does when the learner's data changes: marking a word known answers first in
    // Firefox, and the storage change that follows re-renders the tooltip.
    await session('(s) => s.hover.refresh()');
    expect(await tooltipText(page)).toContain('Saved');
    // A different word starts with no line.
    await hover(page, '#p1', '案');
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('case');
    expect(await tooltipText(page)).not.toContain('Saved');
  });

  it('copies a Traditional word as the page writes it, not its Simplified form', async () => {
    page = await env.open(`<style>body { font: 22px/2.2 sans-serif; margin: 40px; }</style>
      <p id="tw" lang="zh-TW">${ruby('幹部', 1, '幹部', 'gàn bù')}</p>`);
    await page.evaluate(() => {
      (window as unknown as Record<string, unknown>).session = window.dudongTest.startTestHover('article');
    });
    await hover(page, '#tw', '幹');
    await waitForTooltip(page, 'cadre');
    await page.keyboard.press('c');
    await waitForTooltip(page, 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('幹部');
  });

  it('leaves keys alone while the user types in a field', async () => {
    await openArticle();
    await page.focus('#field');
    await hover(page, '#p1', '满');
    await waitForTooltip(page, '满意');
    await page.keyboard.type('nps');
    expect(await page.inputValue('#field')).toBe('nps');
    expect(await tooltipText(page)).toContain('满意');
    expect(await session<unknown[]>('(s) => s.saved')).toEqual([]);
  });

  it('shows nothing while a mouse button is held (the user is selecting text)', async () => {
    await openArticle();
    const start = await charCentre(page, '#p1', '群');
    await page.mouse.move(start.x - 30, start.y);
    await page.mouse.down();
    await hover(page, '#p1', '案');
    await page.waitForTimeout(300);
    expect(await isShown(page)).toBe(false);
    await page.mouse.up();
    await hover(page, '#p1', '是');
    await waitForTooltip(page, 'is');
  });

  it('removes everything it added when stopped', async () => {
    await openArticle();
    const before = await page.evaluate(() => document.adoptedStyleSheets.length);
    await hover(page, '#p1', '满');
    await waitForTooltip(page, '满意');
    await session('(s) => s.stop()');
    const after = await page.evaluate(() => ({
      host: !!document.querySelector('dudong-tooltip'),
      highlight: CSS.highlights.has('dudong-hover'),
      sheets: document.adoptedStyleSheets.length,
    }));
    expect(after).toEqual({ host: false, highlight: false, sheets: before });
    await hover(page, '#p1', '案');
    await page.waitForTimeout(200);
    expect(await session<string[]>('(s) => s.backend.requests')).toEqual(['满意']);
  });
});

describe('hover controller, touch (Chromium)', () => {
  let env: HoverBrowser;
  beforeAll(async () => {
    env = await launchHoverBrowser({ hasTouch: true });
  });
  afterAll(async () => env?.close());

  it('shows a word on tap and hides on a tap elsewhere', async () => {
    const page = await env.open(ARTICLE);
    await page.evaluate(() => {
      (window as unknown as Record<string, unknown>).session = window.dudongTest.startTestHover('article');
    });
    const point = await charCentre(page, '#p1', '案');
    await page.touchscreen.tap(point.x, point.y);
    await waitForTooltip(page, '案件');
    await page.touchscreen.tap(700, 560);
    await expect.poll(() => isShown(page)).toBe(false);
  });
});

describe('hover controller, chinese mode (Chromium)', () => {
  let env: HoverBrowser;
  let page: Page;
  beforeAll(async () => {
    env = await launchHoverBrowser();
    page = await env.open(CHINESE);
    await page.evaluate(() => {
      (window as unknown as Record<string, unknown>).session = window.dudongTest.startTestHover('chinese');
    });
  });
  afterAll(async () => env?.close());

  it('looks up the longest dictionary word at the pointer, inside a link too', async () => {
    await hover(page, '#nav', '信');
    await waitForTooltip(page, '信访局');
    await hover(page, '#plain', '信');
    const text = await waitForTooltip(page, 'petitioning');
    expect(text).toContain('信访');
    expect(text).not.toContain('信访局');
  });

  it('starts the match at the character under the pointer', async () => {
    await hover(page, '#plain', '访');
    await waitForTooltip(page, 'to visit');
  });

  it('steps through words with n and p', async () => {
    await hover(page, '#plain', '信');
    await waitForTooltip(page, 'petitioning');
    await page.keyboard.press('n');
    await waitForTooltip(page, '案件');
    await page.keyboard.press('n');
    await waitForTooltip(page, 'is');
    await page.keyboard.press('p');
    await waitForTooltip(page, '案件');
    await page.keyboard.press('p');
    await waitForTooltip(page, 'petitioning');
  });

  it('shows nothing over blank space', async () => {
    await page.keyboard.press('Escape');
    await page.mouse.move(600, 400);
    await page.waitForTimeout(200);
    expect(await isShown(page)).toBe(false);
  });
});
