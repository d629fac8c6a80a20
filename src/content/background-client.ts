import { browser } from 'wxt/browser';
import type { DudongRequest, ResponseFor } from '../messaging/protocol';

/** Sends one protocol request to the background, typed by its response. */
export async function askBackground<T extends DudongRequest>(request: T): Promise<ResponseFor[T['type']]> {
  return (await browser.runtime.sendMessage(request)) as ResponseFor[T['type']];
}
