/**
 * Spam on the seed page with the installed extension, in both browsers: what is hidden stays in the
 * DOM, is not rendered, carries its family, holds no ruby, and is spam according to the truth file;
 * the popup's reveal message shows it in place and hides it again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from './browsers';
import { messageTab } from './tab-messages';
import { FIXTURES_DIR } from './fixture-server';
import { useExtensionBrowser } from './session';
import { annotateWholePage } from './page-probes';

interface Truth {
  paragraphs: Array<{ text: string; spam_spans: Array<[number, number, string]> }>;
}
const truth = JSON.parse(readFileSync(`${FIXTURES_DIR}/seed-page.truth.json`, 'utf8')) as Truth;
const truthSpam = truth.paragraphs.flatMap((p) => p.spam_spans.map(([s, e]) => p.text.slice(s, e)));

interface HiddenSpan {
  family: string | null;
  text: string;
  reason: string;
  display: string;
  rubies: number;
}

function hiddenSpans(): HiddenSpan[] {
  return [...document.querySelectorAll('[data-dudong-spam]')].map((el) => ({
    family: el.getAttribute('data-dudong-spam'),
    text: el.textContent ?? '',
    reason: el.getAttribute('title') ?? '',
    display: getComputedStyle(el).display,
    rubies: el.querySelectorAll('ruby').length,
  }));
}

/** Sends the popup's reveal message to the seed page's tab, from inside the extension. */
async function revealFromExtension(browser: ExtensionBrowser, reveal: boolean): Promise<void> {
  await messageTab(browser, 'seed-page.html', { type: 'reveal-spam', reveal });
}

describe.each(BROWSERS)('spam in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  useExtensionBrowser(browserName, async (server, b) => {
    browser = b;
    page = await browser.newPage();
    await page.goto(server.url('seed-page.html'));
    await annotateWholePage(page, '.content');
  });

  it('hides only what the truth file marks as spam, in the DOM and not rendered', async () => {
    const hidden = await page.evaluate(hiddenSpans);
    // The pasted sentence's two copies at least; the headline pieces the decision is unsure of
    // stay visible, marked as suspect.
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const span of hidden) {
      expect(truthSpam.some((spam) => spam.includes(span.text)), span.text).toBe(true);
      expect(span.display).toBe('none');
      expect(span.rubies).toBe(0);
      expect(['title', 'sentence']).toContain(span.family);
      expect(span.reason.length).toBeGreaterThan(10);
    }
    // The off-topic sentence is pasted twice; both copies are hidden.
    const sentence = hidden.filter((s) => s.family === 'sentence').map((s) => s.text);
    expect(sentence).toEqual(['这一世我就是饿死,就是从这里跳下去也不谈恋爱', '这一世我就是饿死,就是从这里跳下去也不谈恋爱']);
    expect(page.errors).toEqual([]);
  });

  it('reveals the hidden spans in place and hides them again', async () => {
    await revealFromExtension(browser, true);
    await page.waitFor(() => document.documentElement.hasAttribute('data-dudong-reveal'));
    const shown = await page.evaluate(hiddenSpans);
    expect(shown.every((s) => s.display !== 'none')).toBe(true);
    await revealFromExtension(browser, false);
    await page.waitFor(() => !document.documentElement.hasAttribute('data-dudong-reveal'));
    expect((await page.evaluate(hiddenSpans)).every((s) => s.display === 'none')).toBe(true);
  });
});

describe.each(BROWSERS)('spam on a farm page with junk lines, in %s', (browserName) => {
  let page: TestPage;
  useExtensionBrowser(browserName, async (server, browser) => {
    page = await browser.newPage();
    await page.goto(server.url('farm-junk-lines.html'));
    await annotateWholePage(page, '.content');
  });

  it('hides junk lines standing on their own, junk glued to a paragraph and the pasted headline', async () => {
    const hidden = await page.evaluate(hiddenSpans);
    expect(hidden.map((s) => [s.family, s.text.trim()])).toEqual([
      ['jammer', 'w5 s9 B9 ?8 g$ R'],
      ['domain', '+t.u!s/h~u′g¢u\\a·n.~c!o,m+'],
      ['title', '市图书馆延长开放时间　周末读者增加三成'],
      ['jammer', 'k3 Q$ 7& b x9 Z'],
    ]);
    expect(hidden.every((s) => s.display === 'none' && s.rubies === 0)).toBe(true);
    // The article's own text is all there, in ruby.
    const visible = await page.evaluate(() => (document.querySelector('.content') as HTMLElement).innerText);
    expect(visible).not.toMatch(/[$¢′]/u);
    expect(page.errors).toEqual([]);
  });
});
