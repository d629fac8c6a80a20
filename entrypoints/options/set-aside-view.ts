/**
 * The options page's account of stored data that failed its schema (src/settings/set-aside.ts):
 * the notice is shown once, the data stays listed, downloadable and discardable until discarded.
 */
import { discardSetAside, markSetAsideNoticed, setAsideEntries, watchSetAside, type SetAsideEntry } from '../../src/settings/set-aside';
import { datedName, downloadText } from './download';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options page is missing #${id}`);
  return element as T;
}

function describe(entry: SetAsideEntry): string {
  return `${entry.key.replace(/^\w+:/, '')} (${new Date(entry.at).toLocaleString()}): ${entry.problem}`;
}

export function setUpSetAside(): void {
  let entries: SetAsideEntry[] = [];
  let alarmed = false;
  const show = async () => {
    entries = await setAsideEntries();
    byId('set-aside').hidden = entries.length === 0;
    // Told once: the notice stays while this page is open, and the next visit lists the data
    // without raising the alarm again (unless more was set aside meanwhile).
    if (entries.some((entry) => !entry.noticed)) {
      alarmed = true;
      await markSetAsideNoticed();
    }
    byId('set-aside-notice').hidden = !alarmed || entries.length === 0;
    byId('set-aside-list').replaceChildren(
      ...entries.map((entry) => {
        const item = document.createElement('li');
        item.textContent = describe(entry);
        return item;
      }),
    );
  };
  byId('set-aside-export').addEventListener('click', () => {
    downloadText(`${datedName('dudong-set-aside')}.json`, JSON.stringify(entries, null, 2), 'application/json');
  });
  byId('set-aside-discard').addEventListener('click', () => {
    if (confirm('Discard the data Dudong set aside? It cannot be brought back.')) void discardSetAside();
  });
  void show();
  watchSetAside(() => void show());
}
