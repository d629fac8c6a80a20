/**
 * Where the background keeps the sentences each site has pasted (see src/spam/sentence-memory):
 * one list per site in `browser.storage.local`, on this device only, the most recently seen sites
 * kept, so the store stays small.
 */
import { storage } from 'wxt/utils/storage';

export interface PastedSentenceStore {
  get(site: string): Promise<string[]>;
  set(site: string, sentences: string[]): Promise<void>;
}

const MAX_SITES = 200;

const item = storage.defineItem<Record<string, string[]>>('local:pastedSentences', { fallback: {}, version: 1 });

export const pastedSentenceStore: PastedSentenceStore = {
  async get(site) {
    return (await item.getValue())[site] ?? [];
  },
  async set(site, sentences) {
    const all = await item.getValue();
    delete all[site];
    all[site] = sentences; // last inserted = most recent
    const sites = Object.keys(all);
    for (const old of sites.slice(0, Math.max(0, sites.length - MAX_SITES))) delete all[old];
    await item.setValue(all);
  },
};
