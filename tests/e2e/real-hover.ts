/**
 * Hovering a word with the real mouse (trusted input: Dudong ignores synthetic events), and finding
 * an element inside the tooltip's closed shadow root to click it for real.
 */
import type { ExtensionBrowser, TestPage } from './browsers';
import { tooltipText } from './tooltip-text';

/** The selector of a word's rubies. */
export function rubyOfWord(word: string): string {
  return `ruby.dudong[data-dudong-word="${word}"]`;
}

/** Scrolls the first shown ruby matching `selector` into view; the viewport point over its characters. */
export function pointOverRuby(selector: string): { x: number; y: number } {
  const ruby = [...document.querySelectorAll(selector)].find((r) => r.getClientRects().length > 0);
  if (!ruby) throw new Error(`no visible ruby for ${selector}`);
  ruby.scrollIntoView({ block: 'center' });
  const rect = ruby.getClientRects()[0]!;
  // The base text sits at the bottom of the ruby box, under its <rt>.
  return { x: rect.left + rect.width / 2, y: rect.bottom - 6 };
}

/** What is under a viewport point: the ruby's word and the mark around it, said when a hover fails. */
export function rubyAtPoint(point: { x: number; y: number }): string {
  const ruby = document.elementFromPoint(point.x, point.y)?.closest('ruby');
  if (!ruby) return 'no ruby under the pointer';
  const mark = ruby.closest('[data-dudong-suspect]');
  return `${ruby.getAttribute('data-dudong-word')} (${mark ? `in a mark: ${mark.getAttribute('data-dudong-suspect')}` : 'in no mark'})`;
}

/**
 * Moves the real mouse over the first ruby matching `selector` (a word's: `rubyOfWord`) and returns
 * the tooltip's text once it shows `expected`. The ruby's place is measured again before each of
 * three tries: ruby still being written above it (a page just loaded or reloaded), or a paragraph
 * written again, can move it or replace it after it was measured; and a tooltip opened on the
 * element it replaced stays as it was until the pointer moves. A failure names what was under the
 * pointer.
 */
export async function hover(browser: ExtensionBrowser, page: TestPage, url: string, selector: string, expected: string): Promise<string> {
  let text: string | null = null;
  let under = '';
  for (let attempt = 0; attempt < 3 && !text?.includes(expected); attempt++) {
    // Off the text first, until any tooltip has gone (it stays while the pointer may travel into it).
    await page.mouseMove(5, 5);
    for (let i = 0; i < 50 && (await tooltipText(browser, url)) !== null; i++) await new Promise((ok) => setTimeout(ok, 100));
    const point = await page.evaluate(pointOverRuby, selector);
    await page.mouseMove(point.x, point.y);
    for (let i = 0; i < 34 && !text?.includes(expected); i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      text = await tooltipText(browser, url);
    }
    under = await page.evaluate(rubyAtPoint, point);
  }
  return text?.includes(expected) ? text : `${text ?? 'no tooltip'}\n[under the pointer: ${under}]`;
}
