import { browser } from 'wxt/browser';
import type { LoadAsset } from '../pinyin/index';

/**
 * The URL of a file packaged with the extension. runtime.getURL's typing only knows the public
 * paths WXT generated; files added by build hooks (the jieba wasm, data files) are not among them.
 */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]);
}

/** Reads a file packaged with the extension (a path from the extension root, e.g. `/data/x.bin`). */
export const loadPackagedAsset: LoadAsset = async (path) => {
  const response = await fetch(extensionUrl(path));
  if (!response.ok) throw new Error(`Dudong: cannot load ${path} (${response.status})`);
  return response.arrayBuffer();
};
