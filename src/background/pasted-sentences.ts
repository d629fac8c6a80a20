/**
 * Where the background keeps the sentences each site has pasted (see src/spam/sentence-memory): one
 * storage.local item per site (`local:pastedSentences/<site>`), on this device only. Every write goes
 * through one queue in the background, so two tabs of one site finishing at once both count (one
 * shared object rewritten per analysis lost the other's sentences). A sentence not seen again for
 * SENTENCE_TTL_MS is forgotten: one wrong guess does not hide a line on the site for good. The options
 * page lists what is kept and forgets a site or all of them.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { MAX_REMEMBERED } from '../spam/sentence-memory';
import { defineValidatedItem, type ValidatedItem } from '../settings/validated-item';

export interface PastedSentenceStore {
  /** The site's remembered sentences, most recently seen first. */
  get(site: string): Promise<string[]>;
  /** Adds what this page was found pasting (most recent first); the store merges, ages and caps. */
  remember(site: string, found: readonly string[]): Promise<void>;
}

export interface RememberedSite {
  site: string;
  /** When the site last pasted a sentence we found, ms since the epoch. */
  updated: number;
  sentences: Array<{ text: string; seen: number }>;
}

/** Sites kept; the least recently updated go first. */
export const MAX_SITES = 200;
/** 60 days. */
export const SENTENCE_TTL_MS = 60 * 24 * 60 * 60 * 1000;

const SiteSchema = v.object({
  sentences: v.pipe(v.array(v.object({ text: v.pipe(v.string(), v.maxLength(2_000)), seen: v.number() })), v.maxLength(MAX_REMEMBERED)),
});
type SiteValue = v.InferOutput<typeof SiteSchema>;

const LEGACY_KEY = 'local:pastedSentences' as const;

export function createPastedSentenceStore(now: () => number = Date.now): PastedSentenceStore & {
  list(): Promise<RememberedSite[]>;
  forget(site: string): Promise<void>;
  forgetAll(): Promise<void>;
} {
  const index = defineValidatedItem('local:pastedSentences.sites', {
    schema: v.record(v.string(), v.number()),
    fallback: {},
    version: 1,
  });
  const items = new Map<string, ValidatedItem<SiteValue>>();
  const itemFor = (site: string) => {
    let item = items.get(site);
    if (!item) {
      item = defineValidatedItem(`local:pastedSentences/${site}`, { schema: SiteSchema, fallback: { sentences: [] }, version: 1 });
      items.set(site, item);
    }
    return item;
  };
  const fresh = (value: SiteValue) => value.sentences.filter((s) => now() - s.seen < SENTENCE_TTL_MS);

  let queue: Promise<unknown> = movedFromOneObject();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  /** Version 1 kept every site in one object: each site gets its own item, its sentences seen today. */
  async function movedFromOneObject(): Promise<void> {
    const legacy = v.safeParse(v.record(v.string(), v.array(v.string())), await storage.getItem(LEGACY_KEY));
    if (!legacy.success) return;
    const at = now();
    for (const [site, texts] of Object.entries(legacy.output)) {
      await itemFor(site).setValue({ sentences: texts.slice(0, MAX_REMEMBERED).map((text) => ({ text, seen: at })) });
      await index.update((sites) => ({ ...sites, [site]: at }));
    }
    await storage.removeItem(LEGACY_KEY);
  }

  async function forget(site: string) {
    await itemFor(site).removeValue({ removeMeta: true });
    await index.update(({ [site]: _gone, ...rest }) => rest);
  }

  return {
    get: (site) => serial(async () => fresh(await itemFor(site).getValue()).map((s) => s.text)),
    remember: (site, found) =>
      serial(async () => {
        if (!found.length) return;
        const at = now();
        await itemFor(site).update((value) => {
          const kept = fresh(value).filter((s) => !found.includes(s.text));
          return { sentences: [...found.map((text) => ({ text, seen: at })), ...kept].slice(0, MAX_REMEMBERED) };
        });
        const sites = await index.update((all) => ({ ...all, [site]: at }));
        const oldest = Object.entries(sites).sort((a, b) => a[1] - b[1]);
        for (const [old] of oldest.slice(0, Math.max(0, oldest.length - MAX_SITES))) await forget(old);
      }),
    list: () =>
      serial(async () => {
        const sites = await index.getValue();
        const all = await Promise.all(
          Object.entries(sites).map(async ([site, updated]) => ({ site, updated, sentences: fresh(await itemFor(site).getValue()) })),
        );
        return all.filter((entry) => entry.sentences.length > 0).sort((a, b) => b.updated - a.updated);
      }),
    forget: (site) => serial(() => forget(site)),
    forgetAll: () =>
      serial(async () => {
        for (const site of Object.keys(await index.getValue())) await forget(site);
      }),
  };
}
