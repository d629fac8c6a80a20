/**
 * The reader's settings: where Dudong is switched off, and whether spam is hidden. Only what the
 * user changed is stored (a default value removes the item), so defaults can improve later.
 */
import { storage } from 'wxt/utils/storage';

/** Hostnames where the user switched Dudong off. */
export const disabledSitesItem = storage.defineItem<string[]>('local:reader.disabledSites', {
  fallback: [],
  version: 1,
});

export const hideSpamItem = storage.defineItem<boolean>('local:reader.hideSpam', {
  fallback: true,
  version: 1,
});

export interface ReaderSettings {
  enabledHere: boolean;
  hideSpam: boolean;
}

export async function loadReaderSettings(hostname: string): Promise<ReaderSettings> {
  const [disabled, hideSpam] = await Promise.all([disabledSitesItem.getValue(), hideSpamItem.getValue()]);
  return { enabledHere: !disabled.includes(hostname), hideSpam };
}

/** Calls `onChange` with the settings for `hostname` whenever one of them changes; returns unwatch. */
export function watchReaderSettings(hostname: string, onChange: (settings: ReaderSettings) => void): () => void {
  const reload = () => void loadReaderSettings(hostname).then(onChange);
  const unwatchSites = disabledSitesItem.watch(reload);
  const unwatchSpam = hideSpamItem.watch(reload);
  return () => {
    unwatchSites();
    unwatchSpam();
  };
}

export async function setEnabledOnSite(hostname: string, enabled: boolean): Promise<void> {
  const disabled = new Set(await disabledSitesItem.getValue());
  if (enabled) disabled.delete(hostname);
  else disabled.add(hostname);
  if (disabled.size) await disabledSitesItem.setValue([...disabled].sort());
  else await disabledSitesItem.removeValue();
}

export async function setHideSpam(hide: boolean): Promise<void> {
  if (hide === hideSpamItem.fallback) await hideSpamItem.removeValue();
  else await hideSpamItem.setValue(hide);
}
