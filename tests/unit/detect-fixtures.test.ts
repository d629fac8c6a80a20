/**
 * The detector's verdicts on the hand-written fixture pages, parsed in Node (the e2e suite checks
 * the same verdicts in real browsers).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, classifyPage } from '../../src/detect/index';
import { readFixturePage } from '../fixtures/derived-pages';

const load = (name: string) =>
  parseHTML(readFixturePage(name)).document as unknown as Document;

describe('classifyPage on fixtures', () => {
  it.each([
    ['seed-page.html', 'article'],
    ['seed-page-opening.html', 'article'],
    ['chinese-csp-article.html', 'article'],
    ['traditional-article.html', 'article'],
    ['appending-article.html', 'article'],
    ['anti-copy-article.html', 'article'],
    ['chinese-portal.html', 'chinese'],
    ['english-news.html', 'off'],
    ['japanese-news.html', 'off'],
  ])('%s → %s', (name, kind) => {
    expect(classifyPage(load(name))).toBe(kind);
  });
});

describe('article root on fixtures', () => {
  it.each([
    ['seed-page.html', '.content'],
    ['chinese-csp-article.html', '#article'],
    ['traditional-article.html', '.story-body'],
    ['anti-copy-article.html', '#content'],
  ])('%s → %s', (name, selector) => {
    const doc = load(name);
    expect(analyzeArticle(doc).root).toBe(doc.querySelector(selector));
  });
});
