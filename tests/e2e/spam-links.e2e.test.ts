/**
 * Link text as spam evidence, with the installed extension in both browsers: a farm's keywords
 * pasted in as links to its betting site (one mid-sentence) are hidden or marked, while the same
 * article with a news site's ordinary inline links — tag pages, a person, a stock quote on another
 * site, an encyclopedia entry, a related story, the site's own 相关新闻 list of other stories, each a
 * linked headline on its own line and off the article's topic — keeps every word, unmarked and read.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';
import { annotateWholePage, hanCoverage } from './page-probes';
import { useExtensionBrowser } from './session';

function spamShown(): { hidden: string[]; marked: string[] } {
  const text = (el: Element) =>
    [...el.childNodes].map((n) => (n instanceof Element && n.matches('ruby') ? (n.firstChild?.textContent ?? '') : (n.textContent ?? ''))).join('').trim();
  return {
    hidden: [...document.querySelectorAll('[data-dudong-spam]')].map(text),
    marked: [...document.querySelectorAll('[data-dudong-suspect]')].map(text),
  };
}

describe.each(BROWSERS)('links on the page as spam evidence, in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it('keeps every word of an article with ordinary inline links: nothing hidden, nothing marked', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('linked-clean-article.html'));
    await annotateWholePage(page, '.story');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-dudong'))).toBe('article');
    expect(await page.evaluate(spamShown)).toEqual({ hidden: [], marked: [] });
    const coverage = await page.evaluate(hanCoverage, '.story');
    expect(coverage.covered).toBe(coverage.total);
    // The links are still links, with their words read inside them.
    expect(await page.evaluate(() => [...document.querySelectorAll('.story a')].filter((a) => a.querySelector('ruby')).length)).toBe(9);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('hides or marks a farm keyword pasted as link text mid-sentence, the one after a full stop, and a related link that sells', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('link-farm-article.html'));
    await annotateWholePage(page, '.story');
    const shown = await page.evaluate(spamShown);
    const found = [...shown.hidden, ...shown.marked].join('|');
    expect(found).toContain('乐鱼体育真人视讯');
    expect(found).toContain('亚博电竞竞猜平台');
    // In the site's 相关新闻 list, the linked headline that sells (a loan without a credit check),
    // not the site's own story beside it.
    expect(found).toContain('不看征信秒批下款');
    expect(found).not.toContain('走访慰问');
    // Nothing of the article itself, its own links included.
    for (const word of ['市交通局', '城南大桥', '王建国', '路桥集团', '钢箱梁', '老城区', '拥堵']) expect(found).not.toContain(word);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
