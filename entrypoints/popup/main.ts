/** The toolbar popup: Dudong on/off for the current site, the page's new and known words, its hidden spam. */
import { browser } from 'wxt/browser';
import { currentTranslator } from '../../src/i18n/current-language';
import { localizePage } from '../../src/i18n/localize-page';
import { translator, type Translate } from '../../src/i18n/translate';
import type { ReaderStatus, TabRequest } from '../../src/messaging/tab-protocol';
import { askReaders, combineStatuses } from '../../src/ui/popup/tab-readers';
import { hideSpamItem, loadReaderSettings, setEnabledOnSite, setHideSpam, TooManySitesError } from '../../src/settings/site-settings';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let t: Translate = translator('en');

/** Every tab request is answered with each reader's status: one status for the page, null when no reader answered. */
async function askReader(tabId: number, request: TabRequest): Promise<ReaderStatus | null> {
  return combineStatuses(await askReaders(tabId, request));
}

/** The article could not be annotated: say so, instead of looking "active", and offer to try again. */
function showTrouble(status: ReaderStatus | null, tabId: number) {
  const trouble = status?.active ? status.trouble : undefined;
  $<HTMLElement>('trouble').hidden = !trouble;
  $<HTMLElement>('trouble-text').textContent =
    trouble === 'failed' ? t('popupTroubleFailed') : trouble === 'retrying' ? t('popupTroubleRetrying') : '';
  const retry = $<HTMLButtonElement>('trouble-retry');
  retry.hidden = trouble !== 'failed';
  retry.onclick = async () => {
    await askReader(tabId, { type: 'retry-annotation' });
    setTimeout(async () => showStatus(await askReader(tabId, { type: 'reader-status' }), tabId), 500);
  };
}

function showStatus(status: ReaderStatus | null, tabId: number) {
  showTrouble(status, tabId);
  const section = $<HTMLElement>('spam');
  const note = $<HTMLElement>('page-note');
  note.textContent = !status ? t('popupNoChinese') : !status.active ? t('popupOff') : status.kind === 'chinese' && !status.onRequest ? t('popupNotArticle') : '';
  // A Chinese page with no article gets hover lookups only; the reader may ask for its pinyin all the same.
  const read = $<HTMLButtonElement>('read-page');
  read.hidden = !status || status.kind !== 'chinese' || !status.active;
  if (status && !read.hidden) {
    read.textContent = status.onRequest ? t('popupReadPageUndo') : t('popupReadPage');
    read.onclick = async () => showStatus(await askReader(tabId, { type: 'read-page', read: !status.onRequest }), tabId);
  }
  const counts = $<HTMLElement>('word-counts');
  const words = status?.active ? status.words : undefined;
  counts.hidden = !words || words.known + words.new === 0;
  if (words) counts.textContent = t('popupWordCounts', words.new, words.known);
  $<HTMLElement>('fight-note').textContent = status?.active && status.fought ? t('popupPageFights', status.fought) : '';
  section.hidden = !status || status.kind !== 'article' || !status.active;
  if (!status || section.hidden) return;
  const n = status.spamHidden;
  const hiding = $<HTMLInputElement>('hide-spam').checked;
  const suspect = status.spamSuspect;
  const found = n === 0 ? (suspect === 0 ? t('popupSpamNone') : '') : t('popupSpamHidden', n);
  // Marked spans stay in the text for the reader to judge (hovering one says why).
  const marked = suspect === 0 ? '' : t('popupSpamSuspect', suspect);
  $<HTMLElement>('spam-count').textContent = !hiding ? t('popupSpamOff') : [found, marked].filter(Boolean).join(' ');
  const button = $<HTMLButtonElement>('spam-reveal');
  button.hidden = !hiding || n === 0;
  button.textContent = status.revealed ? t('popupSpamHide') : t('popupSpamShow');
  button.onclick = async () => showStatus(await askReader(tabId, { type: 'reveal-spam', reveal: !status.revealed }), tabId);
}

async function main() {
  const current = await currentTranslator();
  t = current.t;
  localizePage(document, t, current.language);
  $<HTMLElement>('site-name').textContent = t('popupThisSite');
  const hideSpam = $<HTMLInputElement>('hide-spam');
  hideSpam.checked = await hideSpamItem.getValue();
  hideSpam.onchange = () => void setHideSpam(hideSpam.checked);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : null;
  const hostname = url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.hostname : '';
  const toggle = $<HTMLInputElement>('site-enabled');
  if (!tab?.id || !hostname) {
    toggle.disabled = true;
    $<HTMLElement>('page-note').textContent = t('popupWebPagesOnly');
    document.documentElement.dataset.ready = 'true';
    return;
  }
  const tabId = tab.id;
  $<HTMLElement>('site-name').textContent = hostname;
  toggle.checked = (await loadReaderSettings(hostname)).enabledHere;
  // The reader restores or re-annotates on a storage change; give it a moment before asking.
  const refresh = () => setTimeout(async () => showStatus(await askReader(tabId, { type: 'reader-status' }), tabId), 300);
  toggle.onchange = async () => {
    try {
      await setEnabledOnSite(hostname, toggle.checked);
    } catch (error) {
      // Too many sites switched off for one synced item: say so instead of failing silently.
      toggle.checked = !toggle.checked;
      $<HTMLElement>('page-note').textContent =
        error instanceof TooManySitesError ? t('popupTooManySites', error.count) : t('popupFailed', error instanceof Error ? error.message : String(error));
      return;
    }
    refresh();
  };
  hideSpam.onchange = async () => {
    await setHideSpam(hideSpam.checked);
    refresh();
  };
  showStatus(await askReader(tabId, { type: 'reader-status' }), tabId);
  // Set up and showing the page's status (tests wait for this, as for the options page).
  document.documentElement.dataset.ready = 'true';
}

void main();
