/**
 * Loads the reader content script into the frame whose detector classified it as Chinese, so the
 * reader's code never runs on other pages.
 */
import { browser } from 'wxt/browser';

/** WXT's output path for `entrypoints/reader.content.ts` (registration: 'runtime'). */
export const READER_SCRIPT = '/content-scripts/reader.js' as const;

export async function injectReader(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER_SCRIPT] });
    return;
  }
  // Firefox MV2 without the scripting API: the older tabs API does the same.
  await browser.tabs.executeScript(tabId, { file: READER_SCRIPT, frameId });
}
