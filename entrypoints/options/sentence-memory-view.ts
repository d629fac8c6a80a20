/**
 * The options page's list of sentences sites were seen pasting (src/background/pasted-sentences.ts):
 * each site with its lines, to review, and to forget one site or all of them.
 */
import { createPastedSentenceStore, type RememberedSite } from '../../src/background/pasted-sentences';
import { languageTag, type Language, type Translate } from '../../src/i18n/translate';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options page is missing #${id}`);
  return element as T;
}

export function setUpSentenceMemory(t: Translate, language: Language): void {
  const store = createPastedSentenceStore();
  const render = (sites: RememberedSite[]) => {
    byId('sentences-count').textContent = sites.length === 1 ? t('optionsSentencesOneSite') : t('optionsSentencesSites', sites.length);
    byId<HTMLButtonElement>('sentences-forget-all').disabled = sites.length === 0;
    byId('sentence-sites').replaceChildren(
      ...sites.map((entry) => {
        const item = document.createElement('li');
        const details = document.createElement('details');
        const summary = document.createElement('summary');
        const last = new Date(entry.updated).toLocaleDateString(languageTag(language));
        const lineCount = entry.sentences.length;
        // The site's name is an address, left as written.
        const site = document.createElement('span');
        site.translate = false;
        site.textContent = entry.site;
        summary.append(site, ' — ', lineCount === 1 ? t('optionsSentencesSiteOneLine', last) : t('optionsSentencesSiteLines', lineCount, last));
        const lines = document.createElement('ul');
        lines.lang = 'zh';
        lines.append(
          ...entry.sentences.map((sentence) => {
            const line = document.createElement('li');
            line.textContent = sentence.text;
            return line;
          }),
        );
        const forget = document.createElement('button');
        forget.type = 'button';
        forget.textContent = t('optionsSentencesForgetSite');
        forget.addEventListener('click', () => void store.forget(entry.site).then(refresh));
        details.append(summary, lines, forget);
        item.append(details);
        return item;
      }),
    );
  };
  const refresh = () => store.list().then(render);
  byId('sentences-forget-all').addEventListener('click', () => {
    if (confirm(t('optionsSentencesForgetAllConfirm'))) void store.forgetAll().then(refresh);
  });
  void refresh();
}
