/**
 * The annotator in a real browser (Chromium, headless): what gets ruby, what is never touched, what
 * copying gives, and that switching off restores the very same nodes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LONG_PAGE_TIMEOUT_MS, settle, stopAndCompare, useReaderHarness } from './harness/annotate-page';

const SEED_PAGE = readFileSync(fileURLToPath(new URL('../fixtures/seed-page.html', import.meta.url)), 'utf8');

const harness = useReaderHarness();
const openAndAnnotate = harness.openAndAnnotate;

/** Han characters inside the root: how many are visible, how many of those sit in our ruby; ruby outside. */
function hanCoverage(page: Page, rootSelector: string) {
  return page.evaluate((selector) => {
    const han = /\p{Script=Han}/gu;
    const root = document.querySelector(selector)!;
    let visible = 0;
    let inRuby = 0;
    let outside = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('rt, script, style, [data-dudong-spam]')) continue;
      const count = (node as Text).data.match(han)?.length ?? 0;
      const ruby = parent.closest('ruby.dudong') !== null;
      if (!root.contains(node)) outside += ruby ? count : 0;
      else if (parent.checkVisibility({ visibilityProperty: true })) {
        visible += count;
        if (ruby) inRuby += count;
      }
    }
    return { visible, inRuby, outside };
  }, rootSelector);
}

describe('annotating the seed page', () => {
  it('puts ruby over the article text only, and restores it exactly', async () => {
    const page = await openAndAnnotate('seed.html', SEED_PAGE, { rootSelector: '.content' });
    const coverage = await hanCoverage(page, '.content');
    expect(coverage.visible).toBeGreaterThan(1000);
    expect(coverage.inRuby / coverage.visible).toBeGreaterThanOrEqual(0.95);
    expect(coverage.outside).toBe(0);
    const rt = await page.evaluate(() => document.querySelector('ruby.dudong rt')?.textContent ?? '');
    expect(rt).toMatch(/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+( [a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)*$/);
    expect(await stopAndCompare(page, '.content')).toEqual({
      sameHtml: true,
      sameNodes: true,
      adoptedSheets: 0,
      revealAttribute: false,
    });
    await page.close();
  });
});

describe('inline elements', () => {
  it('splits a word across inline elements into rubies sharing one word id', async () => {
    const page = await openAndAnnotate('inline.html', '<body><div id="a"><p>要重视<b>信</b>访。</p></div></body>', {
      rootSelector: '#a',
    });
    const pieces = await page.evaluate(() =>
      [...document.querySelectorAll('ruby.dudong[data-dudong-word="信访"]')].map((r) => ({
        text: r.firstChild?.textContent,
        rt: r.querySelector('rt')?.textContent,
        wid: r.getAttribute('data-dudong-wid'),
        reading: r.getAttribute('data-dudong-reading'),
        inBold: r.parentElement?.tagName === 'B',
      })),
    );
    expect(pieces.map((p) => [p.text, p.rt, p.inBold])).toEqual([
      ['信', 'xìn', true],
      ['访', 'fǎng', false],
    ]);
    expect(pieces[0]!.wid).toBe(pieces[1]!.wid);
    // Each piece carries the whole word's reading, so a hover on either looks up the word as read here.
    expect(pieces.map((p) => p.reading)).toEqual(['xin4 fang3', 'xin4 fang3']);
    expect((await stopAndCompare(page, '#a')).sameNodes).toBe(true);
    await page.close();
  });
});

describe('text the reader must not touch', () => {
  const HTML = `<body><div id="a">
    <p>正文开始<span style="display:none">隐藏垃圾</span><span style="visibility:hidden">看不见的</span><font style="font-size:0">零号字</font><span style="color:transparent">透明文字</span><span style="opacity:0">不透明度</span><span class="sr" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">读屏文字</span>继续</p>
    <p><textarea>输入框文字</textarea><input value="输入值"><select><option>选项文字</option></select></p>
    <p contenteditable="true">可以编辑的文字</p>
    <p><ruby>漢字<rt>hànzì</rt></ruby>已经有注音</p>
    <script>var s = '脚本文字';</script><noscript>无脚本文字</noscript>
  </div><p id="outside">根节点外的文字</p></body>`;

  it('leaves hidden junk, form controls, editable text, existing ruby and text outside the root alone', async () => {
    const page = await openAndAnnotate('skip.html', HTML, { rootSelector: '#a' });
    const touched = await page.evaluate(() => {
      const inside = (selector: string) => document.querySelector(selector)?.querySelector('ruby.dudong') !== null;
      return {
        displayNone: inside('span[style*="display:none"]'),
        visibilityHidden: inside('span[style*="visibility"]'),
        zeroFont: inside('font'),
        transparent: inside('span[style*="transparent"]'),
        opacityZero: inside('span[style*="opacity"]'),
        screenReaderOnly: inside('.sr'),
        editable: inside('[contenteditable]'),
        pageRuby: document.querySelector('ruby:not(.dudong) ruby') !== null,
        outside: inside('#outside'),
        firstParagraphWords: [...document.querySelectorAll('#a p:first-child ruby.dudong')]
          .map((r) => r.firstChild?.textContent)
          .join(''),
      };
    });
    expect(touched).toEqual({
      displayNone: false,
      visibilityHidden: false,
      zeroFont: false,
      transparent: false,
      opacityZero: false,
      screenReaderOnly: false,
      editable: false,
      pageRuby: false,
      outside: false,
      firstParagraphWords: '正文开始继续',
    });
    const analyzed = await page.evaluate(async () => (await window.dudongHarness).takeAnalyzed());
    expect(analyzed.join('|')).not.toMatch(/隐藏|看不见|零号|透明|不透明度|读屏|输入|选项|编辑|脚本|注音前|漢字/);
    expect((await stopAndCompare(page, '#a')).sameHtml).toBe(true);
    await page.close();
  });
});

describe('sections waiting to fade in', () => {
  it('reads blocks kept at opacity 0 by animate-on-scroll scripts', async () => {
    const page = await openAndAnnotate('fade.html', '<body><div id="a"><p>第一段文字。</p><section style="opacity:0"><p>滚动后淡入的段落。</p></section></div></body>', {
      rootSelector: '#a',
    });
    expect(await page.evaluate(() => document.querySelectorAll('section ruby.dudong').length)).toBeGreaterThan(0);
    await page.close();
  });
});

describe("the page's own ruby styles", () => {
  it('do not hide or reshape our readings', async () => {
    const page = await openAndAnnotate('styled.html', '<body><style>rt { display: none } ruby { display: block }</style><div id="a"><p>临安坚持信访工作。</p></div></body>', {
      rootSelector: '#a',
    });
    const styles = await page.evaluate(() => {
      const ruby = document.querySelector('ruby.dudong')!;
      return { ruby: getComputedStyle(ruby).display, rt: getComputedStyle(ruby.querySelector('rt')!).display };
    });
    expect(styles.ruby).not.toBe('block');
    expect(styles.rt).not.toBe('none');
    await page.close();
  });
});

describe('tone colours', () => {
  it('puts each syllable in a span classed by its tone, keeping the reading text and the copy', async () => {
    const page = await openAndAnnotate('tones.html', '<body><div id="a"><p id="p">要重视信访。</p></div></body>', {
      rootSelector: '#a',
      toneColours: true,
    });
    const xinfang = await page.evaluate(() => {
      const rt = document.querySelector('ruby.dudong[data-dudong-word="信访"] rt')!;
      return { text: rt.textContent, classes: [...rt.querySelectorAll('span')].map((s) => s.className) };
    });
    expect(xinfang).toEqual({ text: 'xìn fǎng', classes: ['dudong-t4', 'dudong-t3'] });
    const copied = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(copied).toBe('要重视信访。');
    expect((await stopAndCompare(page, '#a')).sameNodes).toBe(true);
    await page.close();
  });
});

describe('copying', () => {
  it('copies the Chinese text without the readings', async () => {
    const page = await openAndAnnotate('copy.html', '<body><div id="a"><p id="p">临安坚持把<b>信访</b>工作作为一项重要工作。</p></div></body>', {
      rootSelector: '#a',
    });
    const copied = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p')!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(await page.evaluate(() => document.querySelectorAll('#p ruby.dudong').length)).toBeGreaterThan(3);
    expect(copied).toBe('临安坚持把信访工作作为一项重要工作。');
    await page.close();
  });
});

describe('spam spans', () => {
  const HTML = '<body><div id="a"><p>群众满意是这份考卷考卷的答案。</p><p>没有插入的段落。</p></div></body>';

  it('hides spam in a span that carries its family and reason, without ruby, and reveals it on request', async () => {
    const page = await openAndAnnotate('spam.html', HTML, { rootSelector: '#a', spam: ['这份考卷'] });
    const hidden = await page.evaluate(async () => {
      const span = document.querySelector<HTMLElement>('[data-dudong-spam]')!;
      const harness = await window.dudongHarness;
      const before = { text: span.textContent, family: span.dataset.dudongSpam, reason: span.title, display: getComputedStyle(span).display };
      harness.setReveal(true);
      const revealed = getComputedStyle(span).display;
      harness.setReveal(false);
      return { ...before, revealed, rubyInside: span.querySelector('ruby') !== null, count: harness.spamHidden() };
    });
    expect(hidden).toEqual({
      text: '这份考卷',
      family: 'title',
      reason: 'test spam',
      display: 'none',
      revealed: 'inline',
      rubyInside: false,
      count: 1,
    });
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  });
});

describe('content added later', () => {
  it('annotates added paragraphs exactly once and ignores its own changes', async () => {
    const page = await openAndAnnotate('live.html', '<body><div id="a"><p>第一段文字。</p></div></body>', { rootSelector: '#a' });
    await page.evaluate(async () => (await window.dudongHarness).takeAnalyzed());
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.innerHTML = '后来加载的<i>新闻</i>段落。';
      document.getElementById('a')!.append(p);
    });
    await page.waitForFunction(() => document.querySelector('#added ruby.dudong') !== null);
    await page.waitForTimeout(500);
    const analyzed = await page.evaluate(async () => (await window.dudongHarness).takeAnalyzed());
    expect(analyzed).toEqual(['后来加载的新闻段落。']);
    expect(await page.evaluate(() => document.querySelectorAll('#added ruby ruby').length)).toBe(0);
    const stopped = await page.evaluate(async () => {
      (await window.dudongHarness).stop();
      return document.getElementById('added')!.innerHTML;
    });
    expect(stopped).toBe('后来加载的<i>新闻</i>段落。');
    await page.close();
  });
});

describe('text the page changes during analysis', () => {
  it('reads a paragraph again when its text changed before the annotation arrived', async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.server.page('stale.html', '<body><div id="a"><p id="p">原来的文字内容。</p><p>另一段文字。</p></div></body>'));
    await page.evaluate(async () => {
      const harness = await window.dudongHarness;
      const started = harness.start({ rootSelector: '#a' });
      // The page rewrites the paragraph's text node in place while the analysis is on its way.
      (document.getElementById('p')!.firstChild as Text).data = '后来改写的新闻内容。';
      await started;
    });
    await page.waitForFunction(() => document.querySelector('#p ruby.dudong') !== null);
    await settle(page);
    const words = await page.evaluate(() => [...document.querySelectorAll('#p ruby.dudong')].map((r) => r.firstChild!.textContent).join(''));
    expect(words).toBe('后来改写的新闻内容');
    await page.close();
  });
});

describe('text revealed later', () => {
  it('annotates a collapsed part once the page shows it ("read more")', async () => {
    const page = await openAndAnnotate(
      'more.html',
      '<body><style>.folded{display:none}</style><div id="a"><p>第一段文字。</p><div id="rest" class="folded"><p>展开以后才能看到的段落。</p></div></div></body>',
      { rootSelector: '#a' },
    );
    expect(await page.evaluate(() => document.querySelectorAll('#rest ruby.dudong').length)).toBe(0);
    await page.evaluate(() => document.getElementById('rest')!.classList.remove('folded'));
    await page.waitForFunction(() => document.querySelector('#rest ruby.dudong') !== null);
    await settle(page);
    const words = await page.evaluate(() => [...document.querySelectorAll('#rest ruby.dudong')].map((r) => r.firstChild!.textContent).join(''));
    expect(words).toBe('展开以后才能看到的段落');
    expect(await page.evaluate(() => document.querySelectorAll('ruby.dudong ruby').length)).toBe(0);
    await page.evaluate(async () => (await window.dudongHarness).stop());
    expect(await page.evaluate(() => document.getElementById('rest')!.innerHTML)).toBe('<p>展开以后才能看到的段落。</p>');
    await page.close();
  });
});

describe('a long page', () => {
  it('annotates a 100,000-character article completely, in pieces, and restores it', async () => {
    const sentence = '临安坚持把信访工作作为了解民情、集中民智、维护民利、凝聚民心的一项重要工作。';
    const paragraphs = Array.from({ length: 450 }, (_, i) => `<p>第${i + 1}段。${sentence.repeat(7)}</p>`);
    const page = await openAndAnnotate('long.html', `<body><div id="a">${paragraphs.join('')}</div></body>`, {
      rootSelector: '#a',
    });
    const coverage = await hanCoverage(page, '#a');
    expect(coverage.visible).toBeGreaterThan(100_000);
    expect(coverage.inRuby / coverage.visible).toBeGreaterThanOrEqual(0.99);
    expect(await stopAndCompare(page, '#a')).toMatchObject({ sameHtml: true, sameNodes: true });
    await page.close();
  }, LONG_PAGE_TIMEOUT_MS);
});
