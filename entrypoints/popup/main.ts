/** The toolbar popup: Dudong on/off for the current site, and the page's hidden spam. */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { ReaderStatusSchema, type ReaderStatus, type TabRequest } from '../../src/messaging/tab-protocol';
import { hideSpamItem, loadReaderSettings, setEnabledOnSite, setHideSpam } from '../../src/settings/site-settings';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Every tab request is answered with the reader's status; null when no reader answered as the protocol says. */
async function askReader(tabId: number, request: TabRequest): Promise<ReaderStatus | null> {
  try {
    // The top frame's reader speaks for the page.
    const parsed = v.safeParse(ReaderStatusSchema, await browser.tabs.sendMessage(tabId, request, { frameId: 0 }));
    return parsed.success ? parsed.output : null;
  } catch {
    return null; // no reader in this tab: not a Chinese page, or not an http(s) page
  }
}

/** The article could not be annotated: say so, instead of looking "active", and offer to try again. */
function showTrouble(status: ReaderStatus | null, tabId: number) {
  const trouble = status?.active ? status.trouble : undefined;
  $<HTMLElement>('trouble').hidden = !trouble;
  $<HTMLElement>('trouble-text').textContent =
    trouble === 'failed'
      ? "Couldn't annotate this page: Dudong's background stopped answering."
      : trouble === 'retrying'
        ? 'Annotation was interrupted; retrying…'
        : '';
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
  note.textContent = !status
    ? 'No Chinese text found on this page.'
    : status.active
      ? ''
      : 'Dudong is off on this site: the page is as the site sent it.';
  section.hidden = !status || status.kind !== 'article' || !status.active;
  if (!status || section.hidden) return;
  const n = status.spamHidden;
  const hiding = $<HTMLInputElement>('hide-spam').checked;
  $<HTMLElement>('spam-count').textContent = !hiding
    ? 'Spam hiding is off.'
    : n === 0
      ? 'No spam insertions found on this page.'
      : `${n} spam insertion${n === 1 ? '' : 's'} hidden on this page.`;
  const button = $<HTMLButtonElement>('spam-reveal');
  button.hidden = !hiding || n === 0;
  button.textContent = status.revealed ? 'Hide them again' : 'Show them in place';
  button.onclick = async () => showStatus(await askReader(tabId, { type: 'reveal-spam', reveal: !status.revealed }), tabId);
}

async function main() {
  const hideSpam = $<HTMLInputElement>('hide-spam');
  hideSpam.checked = await hideSpamItem.getValue();
  hideSpam.onchange = () => void setHideSpam(hideSpam.checked);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : null;
  const hostname = url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.hostname : '';
  const toggle = $<HTMLInputElement>('site-enabled');
  if (!tab?.id || !hostname) {
    toggle.disabled = true;
    $<HTMLElement>('page-note').textContent = 'Dudong works on web pages.';
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
      $<HTMLElement>('page-note').textContent = error instanceof Error ? error.message : String(error);
      return;
    }
    refresh();
  };
  hideSpam.onchange = async () => {
    await setHideSpam(hideSpam.checked);
    refresh();
  };
  showStatus(await askReader(tabId, { type: 'reader-status' }), tabId);
}

void main();
