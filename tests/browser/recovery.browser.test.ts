/**
 * A failed analysis (the service worker stopped mid-request, jieba's wasm failed to load) must not
 * cost the article its pinyin: the session lets the paragraphs go, and a retry annotates them all.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readThrough, settle, stopAndCompare, useReaderHarness } from './harness/annotate-page';

const SEED_PAGE = readFileSync(fileURLToPath(new URL('../fixtures/seed-page.html', import.meta.url)), 'utf8');

const harness = useReaderHarness();

describe('a failed analysis', () => {
  it('leaves the paragraphs free, so a retry annotates the whole article, and stop still restores it', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(harness.server.page('failing.html', SEED_PAGE));
    await page.evaluate(async () => {
      const root = document.querySelector('.content')!;
      const texts: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      Object.assign(window, { beforeHtml: root.outerHTML, beforeTexts: texts });
      // The background went away: both requests of the first look (the screen, then the screen ahead) fail.
      await (await window.dudongHarness).start({ rootSelector: '.content', failAnalyses: 2 });
    });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.querySelectorAll('.content ruby.dudong').length)).toBe(0);
    await page.evaluate(async () => (await window.dudongHarness).retry());
    await settle(page);
    await readThrough(page);
    const coverage = await page.evaluate(() => {
      const han = /\p{Script=Han}/gu;
      let visible = 0;
      let inRuby = 0;
      const walker = document.createTreeWalker(document.querySelector('.content')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('rt, [data-dudong-spam]') || !parent.checkVisibility({ visibilityProperty: true })) continue;
        const count = (node as Text).data.match(han)?.length ?? 0;
        visible += count;
        if (parent.closest('ruby.dudong')) inRuby += count;
      }
      return inRuby / visible;
    });
    expect(coverage).toBeGreaterThanOrEqual(0.95);
    expect(await stopAndCompare(page, '.content')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  });
});
