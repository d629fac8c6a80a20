/**
 * The reader follows the viewport: it writes ruby only near what is on screen, lets the browser skip
 * the layout of annotated blocks far away, and never moves the page under the reader doing so.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settle, stopAndCompare, useReaderHarness } from './harness/annotate-page';

const harness = useReaderHarness();
const SENTENCE = '临安坚持把信访工作作为了解民情、集中民智、维护民利、凝聚民心的一项重要工作。';
const longArticle = (paragraphs: number, before = '') =>
  `<body><div id="a">${before}${Array.from({ length: paragraphs }, (_, i) => `<p id="p${i}">第${i + 1}段。${SENTENCE.repeat(4)}</p>`).join('')}</div></body>`;

const annotated = (page: Page, id: string) => page.evaluate((i) => document.getElementById(i)!.querySelector('ruby.dudong') !== null, id);

describe('following the viewport', () => {
  it('writes ruby on screen and just ahead, and further paragraphs as they are scrolled to', async () => {
    const page = await harness.openAndAnnotate('near.html', longArticle(200), { rootSelector: '#a' }, { readThrough: false });
    expect(await annotated(page, 'p0')).toBe(true);
    expect(await annotated(page, 'p199')).toBe(false);
    await page.evaluate(() => document.getElementById('p199')!.scrollIntoView());
    await page.waitForFunction(() => document.querySelector('#p199 ruby.dudong') !== null);
    // Paragraphs the reader jumped over stay as they were.
    expect(await annotated(page, 'p100')).toBe(false);
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  });

  it('lets the browser skip far annotated blocks, and the page does not move for it', async () => {
    const page = await harness.openAndAnnotate('far.html', longArticle(120), { rootSelector: '#a' });
    const skipped = await page.evaluate(() => {
      const far = document.getElementById('p110')!;
      // Its contents, not the block itself, are what the browser skips.
      return { marked: far.hasAttribute('data-dudong-block'), rendered: far.querySelector('ruby')!.checkVisibility({ contentVisibilityAuto: true }) };
    });
    expect(skipped).toEqual({ marked: true, rendered: false });
    // Read from the middle, then go back to the top: where p60 lies in the page, and the page's
    // height, are the same whichever blocks are skipped (a skipped block keeps its size).
    const place = () =>
      page.evaluate(() => ({
        offset: Math.round(document.getElementById('p60')!.getBoundingClientRect().top + scrollY),
        height: document.documentElement.scrollHeight,
      }));
    await page.evaluate(() => document.getElementById('p60')!.scrollIntoView());
    await settle(page);
    const middle = await place();
    for (const top of [0, 5000, 0]) {
      await page.evaluate((y) => window.scrollTo(0, y), top);
      await page.waitForTimeout(200);
    }
    expect(await place()).toEqual(middle);
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  });

  it('leaves an article with a floated figure to be laid out as before (text keeps flowing around it)', async () => {
    const figure = '<div style="float:left;width:200px;height:300px">图</div>';
    const page = await harness.openAndAnnotate('float.html', longArticle(10, figure), { rootSelector: '#a' });
    expect(await annotated(page, 'p0')).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('[data-dudong-block]').length)).toBe(0);
    await page.close();
  });
});
