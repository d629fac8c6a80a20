/**
 * One very long paragraph is written in steps (annotationSteps), in a real browser: each step its own
 * task, every word annotated in the end, and the restore exact whatever number of steps ran, also
 * when the page changes the paragraph between two steps.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_MARKS_PER_STEP } from '../../src/annotate/paragraph-slices';
import { LONG_PAGE_TIMEOUT_MS, useReaderHarness } from './harness/annotate-page';

const harness = useReaderHarness();

const SENTENCE = '临安坚持把信访工作作为了解民情、集中民智、维护民利、凝聚民心的一项重要工作，';

async function open(name: string, body: string): Promise<Page> {
  const page = await harness.browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(harness.server.page(name, `<body><div id="a">${body}</div></body>`));
  await page.evaluate(async () => {
    await window.dudongHarness;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(document.getElementById('a')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    Object.assign(window, { beforeHtml: document.getElementById('a')!.outerHTML, beforeTexts: texts });
  });
  return page;
}

function restoreAndCompare(page: Page) {
  return page.evaluate(() => {
    (window as unknown as { written: { restore(): void } }).written.restore();
    const root = document.getElementById('a')!;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    const w = window as unknown as { beforeHtml: string; beforeTexts: Text[] };
    return { sameHtml: root.outerHTML === w.beforeHtml, sameNodes: texts.length === w.beforeTexts.length && texts.every((t, i) => t === w.beforeTexts[i]) };
  });
}

describe('a 50,000-character paragraph', () => {
  it('is written in many steps, each in its own task, and covered completely', async () => {
    const text = SENTENCE.repeat(Math.ceil(50_000 / SENTENCE.length));
    const page = await open('long-paragraph.html', `<p id="p">${text}</p>`);
    const result = await page.evaluate(async () => {
      const written = await (await window.dudongHarness).writeInSteps('#a');
      Object.assign(window, { written });
      const hanIn = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;
      const han = hanIn(document.getElementById('p')!.textContent ?? '');
      const inRuby = [...document.querySelectorAll('#p ruby.dudong')].reduce((n, r) => n + hanIn(r.firstChild!.textContent!), 0);
      return { steps: written.steps, deliveries: written.deliveries, han, inRuby };
    });
    expect(result.steps).toBeGreaterThan(20);
    // The page saw our writes in as many separate tasks as there were steps.
    expect(result.deliveries).toBe(result.steps);
    expect(result.han).toBeGreaterThan(40_000);
    expect(result.inRuby).toBe(result.han);
    expect(await restoreAndCompare(page)).toEqual({ sameHtml: true, sameNodes: true });
    await page.close();
  }, LONG_PAGE_TIMEOUT_MS);

  it("is written in several tasks by the reader's own session, covered completely, and restored", async () => {
    const text = SENTENCE.repeat(Math.ceil(50_000 / SENTENCE.length));
    const page = await open('long-paragraph-session.html', `<p id="p">${text}</p>`);
    const result = await page.evaluate(async () => {
      const harness = await window.dudongHarness;
      // The page's own observer: one delivery per task in which it saw our writes.
      let deliveries = 0;
      new MutationObserver(() => void deliveries++).observe(document.getElementById('a')!, { childList: true, subtree: true });
      await harness.start({ rootSelector: '#a' });
      const hanIn = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;
      const han = hanIn(document.getElementById('p')!.textContent ?? '');
      const inRuby = () => [...document.querySelectorAll('#p ruby.dudong')].reduce((n, r) => n + hanIn(r.firstChild!.textContent!), 0);
      for (let i = 0; i < 300 && inRuby() < han; i++) await new Promise((ok) => setTimeout(ok, 50));
      return { han, inRuby: inRuby(), deliveries };
    });
    expect(result.han).toBeGreaterThan(40_000);
    expect(result.inRuby).toBe(result.han);
    // Written whole, the paragraph would reach the page in one task; in steps it takes several frames.
    expect(result.deliveries).toBeGreaterThan(1);
    const restored = await page.evaluate(async () => {
      (await window.dudongHarness).stop();
      const root = document.getElementById('a')!;
      const texts: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      const w = window as unknown as { beforeHtml: string; beforeTexts: Text[] };
      return { sameHtml: root.outerHTML === w.beforeHtml, sameNodes: texts.length === w.beforeTexts.length && texts.every((t, i) => t === w.beforeTexts[i]) };
    });
    expect(restored).toEqual({ sameHtml: true, sameNodes: true });
    await page.close();
  }, LONG_PAGE_TIMEOUT_MS);

  it('split by inline elements, keeps each word whole across them and restores exactly', async () => {
    const body = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? `${SENTENCE.slice(0, 5)}<b>信</b>访工作${SENTENCE.slice(9)}` : SENTENCE)).join('');
    const page = await open('long-inline.html', `<p id="p">${body}</p>`);
    const result = await page.evaluate(async () => {
      const written = await (await window.dudongHarness).writeInSteps('#a');
      Object.assign(window, { written });
      const bolds = [...document.querySelectorAll('#p b')];
      return {
        steps: written.steps,
        boldsInRuby: bolds.filter((b) => b.querySelector('ruby.dudong[data-dudong-word^="信访"]') !== null).length,
        bolds: bolds.length,
      };
    });
    expect(result.steps).toBeGreaterThan(5);
    expect(result.boldsInRuby).toBe(result.bolds);
    expect(await restoreAndCompare(page)).toEqual({ sameHtml: true, sameNodes: true });
    await page.close();
  }, LONG_PAGE_TIMEOUT_MS);

  it('stops writing when the page changes the paragraph between two steps, and restores exactly', async () => {
    const text = SENTENCE.repeat(300);
    const page = await open('long-edited.html', `<p id="p">${text}</p>`);
    const result = await page.evaluate(async () => {
      // The page appends to the Text node Dudong left holding the rest of the paragraph.
      const script = "const p = document.getElementById('p'); p.lastChild.appendData('页面追加');";
      const written = await (await window.dudongHarness).writeInSteps('#a', { afterSteps: 3, script });
      Object.assign(window, { written });
      return { steps: written.steps, rubies: document.querySelectorAll('#p ruby.dudong').length };
    });
    expect(result.steps).toBeGreaterThan(5);
    expect(result.rubies).toBeGreaterThan(0);
    expect(result.rubies).toBeLessThanOrEqual(3 * MAX_MARKS_PER_STEP);
    // The page's own edit sits in a Text node Dudong made, which restoring removes with the rest of Dudong's nodes.
    const after = await page.evaluate(() => {
      (window as unknown as { written: { restore(): void } }).written.restore();
      const p = document.getElementById('p')!;
      return { nodes: p.childNodes.length, same: p.outerHTML === (window as unknown as { beforeHtml: string }).beforeHtml.replace(/^<div id="a">|<\/div>$/g, '') };
    });
    expect(after).toEqual({ nodes: 1, same: true });
    await page.close();
  }, LONG_PAGE_TIMEOUT_MS);
});
