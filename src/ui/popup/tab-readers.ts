/**
 * The popup speaks to every reader of the tab: an article may sit in an iframe (same-origin or not)
 * while the top page has none, or several frames may hold Chinese. Their statuses are combined into
 * one for the page, and requests that change something (reveal spam) go to each of them.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { PAGE_VERDICT_KEY } from '../../detect/page-verdict';
import { ReaderStatusSchema, type ReaderStatus, type TabRequest } from '../../messaging/tab-protocol';

/**
 * The frames of the tab that hold a reader: those where the detector left its verdict. Read in the
 * extension's script world (executeScript's default), where the page cannot fake it.
 */
async function readerFrames(tabId: number): Promise<number[]> {
  if (!browser.scripting?.executeScript) return [0];
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      // Runs in each frame: a self-contained function (serialised), reading the verdict only.
      func: (key: string) => (globalThis as Record<string, unknown>)[key] !== undefined,
      args: [PAGE_VERDICT_KEY],
    });
    const frames = results.filter((result) => result.result === true).map((result) => result.frameId);
    return frames.length ? frames : [0];
  } catch {
    return [0]; // a page we may not script (the browser's own pages): ask the top frame only
  }
}

/** Sends `request` to every reader of the tab; the answers that follow the protocol, in frame order. */
export async function askReaders(tabId: number, request: TabRequest): Promise<ReaderStatus[]> {
  const frames = await readerFrames(tabId);
  const answers = await Promise.all(
    frames.map(async (frameId) => {
      try {
        const parsed = v.safeParse(ReaderStatusSchema, await browser.tabs.sendMessage(tabId, request, { frameId }));
        return parsed.success ? parsed.output : null;
      } catch {
        return null; // no reader in this frame (it was not Chinese after all, or it navigated away)
      }
    }),
  );
  return answers.filter((answer): answer is ReaderStatus => answer !== null);
}

/**
 * One status for the page: an article if any frame holds one (else read on request if any frame is), active if any reader is, spam, words
 * and fought places summed over the frames, the worst trouble of any. Null when no frame has a reader.
 */
export function combineStatuses(statuses: readonly ReaderStatus[]): ReaderStatus | null {
  if (!statuses.length) return null;
  const articles = statuses.filter((s) => s.kind === 'article');
  const combined: ReaderStatus = {
    kind: articles.length ? 'article' : 'chinese',
    active: statuses.some((s) => s.active),
    spamHidden: statuses.reduce((sum, s) => sum + s.spamHidden, 0),
    spamSuspect: statuses.reduce((sum, s) => sum + s.spamSuspect, 0),
    revealed: statuses.some((s) => s.revealed),
  };
  // Pinyin asked for on a page with no article (read-page): one answer for the page, as the request went to every frame.
  if (!articles.length && statuses.some((s) => s.onRequest)) combined.onRequest = true;
  const fought = statuses.reduce((sum, s) => sum + (s.fought ?? 0), 0);
  if (fought) combined.fought = fought;
  const counted = statuses.flatMap((s) => (s.words ? [s.words] : []));
  if (counted.length) {
    combined.words = { known: counted.reduce((sum, w) => sum + w.known, 0), new: counted.reduce((sum, w) => sum + w.new, 0) };
  }
  const trouble = statuses.find((s) => s.trouble === 'failed')?.trouble ?? statuses.find((s) => s.trouble)?.trouble;
  if (trouble) combined.trouble = trouble;
  return combined;
}
