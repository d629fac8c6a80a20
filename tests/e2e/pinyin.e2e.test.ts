/**
 * The seed page's ruby comes from Dudong's own readings (dictionary layers and the trained
 * polyphone model, loaded by the background from /data/pinyin-model.bin), in both browsers.
 * pinyin-pro on its own reads this paragraph's 局长 as jú cháng, so a background that fell back to
 * it would fail here; 重回 is the issue's own example. 告诉, 困难, 书记 show the dictionary's neutral
 * tones, 打过 its aspect particle.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';
import { useExtensionBrowser } from './session';
import { annotateWholePage } from './page-probes';

/** word → its reading everywhere on the seed page. */
const EXPECTED: Record<string, string> = {
  重回: 'chóng huí',
  局长: 'jú zhǎng',
  // Neutral tones as CC-CEDICT writes them, and the aspect particle 过 of 打过 (issue 14).
  告诉: 'gào su',
  困难: 'kùn nan',
  省委书记: 'shěng wěi shū ji',
  打过: 'dǎ guo',
};

function readingsOf(words: string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const word of words) {
    const rubies = [...document.querySelectorAll(`ruby.dudong[data-dudong-word="${word}"]`)];
    found[word] = [...new Set(rubies.map((r) => r.querySelector('rt')?.textContent?.trim() ?? ''))];
  }
  return found;
}

describe.each(BROWSERS)('readings in %s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  useExtensionBrowser(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it('reads the seed page’s polyphones in context', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seed-page.html'));
    await annotateWholePage(page, '.content');
    const words = Object.keys(EXPECTED);
    const found = await page.evaluate(readingsOf, words);
    for (const word of words) expect(found[word], word).toEqual([EXPECTED[word]]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
