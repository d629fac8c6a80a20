/**
 * Hovering a word with the real mouse (trusted input: Dudong ignores synthetic events), and finding
 * an element inside the tooltip's closed shadow root to click it for real.
 */
import type { ExtensionBrowser, TestPage } from './browsers';
import { tooltipText } from './tooltip-text';

/** Scrolls the first ruby of `word` into view; the viewport point over its characters. */
export function pointOverWord(word: string): { x: number; y: number } {
  const ruby = [...document.querySelectorAll(`ruby.dudong[data-dudong-word="${word}"]`)].find((r) => r.getClientRects().length > 0);
  if (!ruby) throw new Error(`no visible ruby for ${word}`);
  ruby.scrollIntoView({ block: 'center' });
  const rect = ruby.getClientRects()[0]!;
  // The base text sits at the bottom of the ruby box, under its <rt>.
  return { x: rect.left + rect.width / 2, y: rect.bottom - 6 };
}

/**
 * Moves the real mouse over `word` and returns the tooltip's text once it shows `expected`. The
 * word's place is measured again before each of three tries: ruby still being written above it (a
 * page just loaded or reloaded) can move it after it was measured.
 */
export async function hover(browser: ExtensionBrowser, page: TestPage, url: string, word: string, expected: string): Promise<string> {
  let text: string | null = null;
  for (let attempt = 0; attempt < 3 && !text?.includes(expected); attempt++) {
    // Off the text first, until any tooltip has gone (it stays while the pointer may travel into it).
    await page.mouseMove(5, 5);
    for (let i = 0; i < 50 && (await tooltipText(browser, url)) !== null; i++) await new Promise((ok) => setTimeout(ok, 100));
    const { x, y } = await page.evaluate(pointOverWord, word);
    await page.mouseMove(x, y);
    for (let i = 0; i < 34 && !text?.includes(expected); i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      text = await tooltipText(browser, url);
    }
  }
  return text ?? '';
}

