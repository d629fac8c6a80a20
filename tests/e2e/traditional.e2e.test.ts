/**
 * A Traditional article (tests/fixtures/traditional-governance-article.html, Taiwan spelling and
 * vocabulary, `lang="zh-Hant-TW"`) with the installed extension, in both browsers: jieba cuts the
 * Simplified view, so 習近平, 幹部, 下訪, 接訪 are single ruby words with their readings, shown in
 * zhuyin until the user picks a style; once the user picks tone marks, hovering with the real mouse
 * shows 幹部 as written, its Simplified form 干部 and that entry's gàn bù, and a Taiwan word (軟體)
 * its own entry.
 */
import { describe, expect, it } from 'vitest';
import { formatReading } from '../../src/pinyin/format';
import { BROWSERS, type ExtensionBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';
import { annotateWholePage } from './page-probes';
import { hover, rubyOfWord } from './real-hover';
import { useExtensionBrowser } from './session';

const FIXTURE = 'traditional-governance-article.html';
/** The display setting as stored by the options page (storage.sync, see src/hover/settings.ts). */
const PINYIN_STYLE_KEY = 'display.pinyinStyle';

interface ExtensionGlobal {
  chrome: { storage: { sync: { set(items: object): Promise<void> } } };
}

const inStyle = (numbered: string, style: 'marks' | 'zhuyin') => numbered.split(' ').map((s) => formatReading(s, style)).join(' ');

/** word → its numbered reading (data-dudong-reading), the same wherever it stands. */
const WORDS: Record<string, string> = {
  習近平: 'xi2 jin4 ping2',
  幹部: 'gan4 bu4',
  下訪: 'xia4 fang3',
  接訪: 'jie1 fang3',
};

interface RubyWord {
  /** Distinct numbered readings of the word's rubies. */
  readings: string[];
  /** Distinct texts of their <rt>, as shown. */
  shown: string[];
  /** How many rubies hold the word. */
  count: number;
  /** Rubies whose base text is the whole word (no word split across rubies). */
  whole: number;
}

function rubyWords(words: string[]): Record<string, RubyWord> {
  const out: Record<string, RubyWord> = {};
  for (const word of words) {
    const rubies = [...document.querySelectorAll(`ruby.dudong[data-dudong-word="${word}"]`)];
    const base = (r: Element) => [...r.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
    out[word] = {
      readings: [...new Set(rubies.map((r) => r.getAttribute('data-dudong-reading') ?? ''))],
      shown: [...new Set(rubies.map((r) => r.querySelector('rt')?.textContent?.trim() ?? ''))],
      count: rubies.length,
      whole: rubies.filter((r) => base(r) === word).length,
    };
  }
  return out;
}

describe.each(BROWSERS)('a Traditional article in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it('reads 習近平, 幹部, 下訪 and 接訪 as single words with their readings, in zhuyin on a zh-Hant-TW page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(FIXTURE));
    await annotateWholePage(page, '.story-body');
    const found = await page.evaluate(rubyWords, Object.keys(WORDS));
    for (const [word, reading] of Object.entries(WORDS)) {
      expect(found[word]?.readings, word).toEqual([reading]);
      expect(found[word]?.shown, word).toEqual([inStyle(reading, 'zhuyin')]);
      expect(found[word]?.count, word).toBeGreaterThan(0);
      expect(found[word]?.whole, word).toBe(found[word]?.count);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('once the user picks tone marks: 幹部 hovered shows it as written, 干部 and gàn bù; 軟體 its Taiwan entry', async () => {
    await browser.evaluateInExtension(
      (items) => (globalThis as unknown as ExtensionGlobal).chrome.storage.sync.set(items),
      { [PINYIN_STYLE_KEY]: 'marks' },
    );
    const page = await browser.newPage();
    const url = server.url(FIXTURE);
    await page.goto(url);
    await annotateWholePage(page, '.story-body');
    expect((await page.evaluate(rubyWords, ['幹部']))['幹部']?.shown).toEqual(['gàn bù']);

    const ganbu = await hover(browser, page, url, rubyOfWord('幹部'), 'cadre');
    expect(ganbu).toContain('幹部');
    expect(ganbu).toContain('干部');
    expect(ganbu).toContain('gàn bù');
    expect(ganbu).toContain('cadre');

    const software = await hover(browser, page, url, rubyOfWord('軟體'), 'software');
    expect(software).toContain('軟體');
    expect(software).toContain('软体');
    expect(software).toContain('ruǎn tǐ');
    expect(software).toMatch(/software/);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
