/**
 * The options page's account of stored data that failed its schema (src/settings/set-aside.ts):
 * the notice is shown once, the data stays listed, downloadable and discardable until discarded.
 */
import { discardSetAside, markSetAsideNoticed, setAsideEntries, watchSetAside, type SetAsideEntry } from '../../src/settings/set-aside';
import { languageTag, type Language, type Translate } from '../../src/i18n/translate';
import { datedName, downloadText } from './download';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options page is missing #${id}`);
  return element as T;
}

/** The item's name and what the schema said stay as written (for a bug report); when it was set aside is in the reader's language. */
function describe(entry: SetAsideEntry, t: Translate, language: Language): HTMLLIElement {
  const code = (text: string) => {
    const element = document.createElement('code');
    element.lang = 'en';
    element.translate = false;
    element.textContent = text;
    return element;
  };
  const item = document.createElement('li');
  item.append(
    code(entry.key.replace(/^\w+:/, '')),
    ' ',
    t('optionsSetAsideEntry', new Date(entry.at).toLocaleString(languageTag(language))),
    ' ',
    code(entry.problem),
  );
  return item;
}

export function setUpSetAside(t: Translate, language: Language): void {
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
    byId('set-aside-list').replaceChildren(...entries.map((entry) => describe(entry, t, language)));
  };
  byId('set-aside-export').addEventListener('click', () => {
    downloadText(`${datedName('dudong-set-aside')}.json`, JSON.stringify(entries, null, 2), 'application/json');
  });
  byId('set-aside-discard').addEventListener('click', () => {
    if (confirm(t('optionsSetAsideDiscardConfirm'))) void discardSetAside();
  });
  void show();
  watchSetAside(() => void show());
}
