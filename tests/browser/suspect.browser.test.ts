/**
 * Spans Dudong is unsure were inserted, in a real browser (Chromium): they stay rendered inside a
 * quiet mark that carries their family and reason, the words in them keep their ruby (a word the
 * mark's edge cuts becomes two rubies sharing a word id), the page comes back exactly when Dudong
 * stops, and hovering a word inside one says "possibly inserted" with the reason.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charCentre, launchHoverBrowser, tooltipText, type HoverBrowser } from './hover-harness';
import { stopAndCompare, useReaderHarness } from './harness/annotate-page';

const harness = useReaderHarness();

interface MarkSeen {
  family: string | null;
  reason: string | null;
  text: string;
  visible: boolean;
  rubies: string[];
  background: string;
}

function marks(page: Page): Promise<MarkSeen[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-dudong-suspect]')].map((el) => ({
      family: el.getAttribute('data-dudong-suspect'),
      reason: el.getAttribute('data-dudong-suspect-reason'),
      text: [...el.childNodes].map((n) => (n instanceof Element ? (n.firstChild?.textContent ?? '') : (n.textContent ?? ''))).join(''),
      visible: (el as HTMLElement).checkVisibility(),
      rubies: [...el.querySelectorAll('ruby.dudong')].map((r) => r.querySelector('rt')?.textContent ?? ''),
      background: getComputedStyle(el).backgroundColor,
    })),
  );
}

const spamSuspect = (page: Page) => page.evaluate(async () => (await window.dudongHarness).spamSuspect());

describe('marking possibly inserted spans', () => {
  it('keeps the span visible and read, in one mark with its family and reason, and restores the page', async () => {
    const page = await harness.openAndAnnotate(
      'suspect.html',
      '<body><div id="a"><p>市政府昨天召开新闻发布会，我的猫今天学会了开门，介绍今年的城市建设计划。</p></div></body>',
      { rootSelector: '#a', suspect: ['我的猫今天学会了开门'] },
    );
    const seen = await marks(page);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ family: 'sentence', reason: 'test suspect', text: '我的猫今天学会了开门', visible: true });
    expect(seen[0]!.rubies.length).toBeGreaterThanOrEqual(4);
    expect(seen[0]!.rubies.every((rt) => rt.length > 0)).toBe(true);
    expect(seen[0]!.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate(() => document.querySelectorAll('[data-dudong-spam]').length)).toBe(0);
    expect(await spamSuspect(page)).toBe(1);
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  });

  it('cuts a word at the mark\'s edge into rubies of one word, and marks each piece an inline element makes', async () => {
    const page = await harness.openAndAnnotate(
      'suspect-edges.html',
      '<body><div id="a"><p>市政府昨天召开新闻发布会，介绍今年的城市<b>建设</b>计划。</p></div></body>',
      { rootSelector: '#a', suspect: ['布会，介绍', '城市建设计划'] },
    );
    const pieces = await page.evaluate(() =>
      [...document.querySelectorAll('ruby.dudong[data-dudong-word="发布会"]')].map((r) => ({
        text: r.firstChild?.textContent,
        wid: r.getAttribute('data-dudong-wid'),
        marked: r.closest('[data-dudong-suspect]') !== null,
      })),
    );
    expect(pieces.map((p) => [p.text, p.marked])).toEqual([
      ['发', false],
      ['布会', true],
    ]);
    expect(pieces[0]!.wid).toBe(pieces[1]!.wid);
    // 城市建设计划 crosses <b>: one mark per piece of text, the one inside <b> too.
    const texts = (await marks(page)).map((m) => m.text);
    expect(texts).toEqual(['布会，介绍', '城市', '建设', '计划']);
    expect(await page.evaluate(() => document.querySelector('b [data-dudong-suspect]') !== null)).toBe(true);
    expect(await spamSuspect(page)).toBe(2);
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  });

  it('hides what is hidden and marks what is suspect in one paragraph', async () => {
    const page = await harness.openAndAnnotate(
      'suspect-and-spam.html',
      '<body><div id="a"><p>市政府昨天召开新闻发布会，周末打算在家睡一整天，介绍今年的城市建设计划。</p></div></body>',
      { rootSelector: '#a', spam: ['召开'], suspect: ['周末打算在家睡一整天'] },
    );
    expect((await marks(page)).map((m) => m.text)).toEqual(['周末打算在家睡一整天']);
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-dudong-spam]')].map((e) => e.textContent))).toEqual(['召开']);
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  });
});

// Ruby markup as the reader writes it, inside a mark as the annotator writes it.
const ruby = (word: string, wid: number, reading: string) =>
  `<ruby class="dudong" data-dudong-word="${word}" data-dudong-wid="${wid}">${word}<rt>${reading}</rt></ruby>`;
const MARKED = `
<style>body { font: 22px/2.2 sans-serif; margin: 40px; width: 700px; }</style>
<p id="p">${ruby('群众', 1, 'qún zhòng')}<span data-dudong-suspect="title" data-dudong-suspect-reason="A piece of the headline, pasted where it does not fit.">${ruby('信访', 2, 'xìn fǎng')}</span>${ruby('案件', 3, 'àn jiàn')}</p>
`;

describe('the tooltip over a possibly inserted word', () => {
  let env: HoverBrowser;
  beforeAll(async () => {
    env = await launchHoverBrowser();
  });
  afterAll(async () => env?.close());

  it('says "possibly inserted" and why inside the mark, and nothing of it outside', async () => {
    const page = await env.open(MARKED);
    await page.evaluate(() => void window.dudongTest.startTestHover('article'));
    const hover = async (text: string) => {
      const { x, y } = await charCentre(page, '#p', text);
      await page.mouse.move(x, y);
    };
    await hover('访');
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('Possibly inserted — A piece of the headline, pasted where it does not fit.');
    await hover('案');
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('案件');
    expect(await tooltipText(page)).not.toContain('Possibly inserted');
    await page.close();
  });
});
