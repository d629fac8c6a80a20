/**
 * The reader's settings: where Dudong is switched off, and whether spam is hidden. Settings live in
 * `storage.sync` (they follow the reader to other browsers); only what the user changed is stored
 * (a default value removes the item), so defaults can improve later.
 */
import * as v from 'valibot';
import { watchAll } from './read-and-watch';
import { fitsSync } from './sync-quota';
import { defineValidatedItem } from './validated-item';

const DISABLED_SITES_KEY = 'sync:reader.disabledSites';

/** Hostnames where the user switched Dudong off, in the order they were switched off. */
export const disabledSitesItem = defineValidatedItem(DISABLED_SITES_KEY, {
  schema: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(253))),
    v.check((sites) => fitsSync(DISABLED_SITES_KEY, sites), 'more sites than storage.sync holds in one item'),
  ),
  fallback: [],
  version: 1,
  movedFrom: 'local:reader.disabledSites',
});

export const hideSpamItem = defineValidatedItem('sync:reader.hideSpam', {
  schema: v.boolean(),
  fallback: true,
  version: 1,
  movedFrom: 'local:reader.hideSpam',
});

/** Switching Dudong off on one more site would not fit in `storage.sync`. */
export class TooManySitesError extends Error {
  /** The message is for logs; the popup says it in the reader's language (popupTooManySites). */
  constructor(readonly count: number) {
    super(`Dudong is already off on ${count} sites, as many as your synced settings hold. Switch it back on somewhere first.`);
    this.name = 'TooManySitesError';
  }
}

export interface ReaderSettings {
  enabledHere: boolean;
  hideSpam: boolean;
}

export async function loadReaderSettings(hostname: string): Promise<ReaderSettings> {
  const [disabled, hideSpam] = await Promise.all([disabledSitesItem.getValue(), hideSpamItem.getValue()]);
  return { enabledHere: !disabled.includes(hostname), hideSpam };
}

/** Calls `changed` whenever one of the reader's settings changes (read them with readAndWatch); returns unwatch. */
export function watchReaderSettings(changed: () => void): () => void {
  return watchAll([disabledSitesItem, hideSpamItem], changed);
}

export async function setEnabledOnSite(hostname: string, enabled: boolean): Promise<void> {
  const disabled = (await disabledSitesItem.getValue()).filter((site) => site !== hostname);
  if (!enabled) disabled.push(hostname);
  if (!fitsSync(DISABLED_SITES_KEY, disabled)) throw new TooManySitesError(disabled.length - 1);
  if (disabled.length) await disabledSitesItem.setValue(disabled);
  else await disabledSitesItem.removeValue();
}

export async function setHideSpam(hide: boolean): Promise<void> {
  if (hide === hideSpamItem.fallback) await hideSpamItem.removeValue();
  else await hideSpamItem.setValue(hide);
}
