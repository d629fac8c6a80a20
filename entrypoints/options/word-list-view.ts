/** The word list table: one row per saved word, with a delete button. */
import type { Translate } from '../../src/i18n/translate';
import type { WordListEntry } from '../../src/wordlist/types';

function cell(text: string, className = ''): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

/** The sentence with the saved word in bold, so it is easy to find in a long sentence. */
function sentenceCell(entry: WordListEntry): HTMLTableCellElement {
  const td = document.createElement('td');
  td.className = 'sentence';
  td.lang = 'zh';
  const parts = entry.word ? entry.sentence.split(entry.word) : [entry.sentence];
  parts.forEach((part, i) => {
    if (i > 0) {
      const strong = document.createElement('strong');
      strong.textContent = entry.word;
      td.append(strong);
    }
    td.append(part);
  });
  return td;
}

/** The page's own title or address: the reader's data, left as written (translate="no"). */
function pageCell(entry: WordListEntry): HTMLTableCellElement {
  const td = document.createElement('td');
  td.translate = false;
  if (/^https?:/.test(entry.url)) {
    const link = document.createElement('a');
    link.href = entry.url;
    link.textContent = entry.title || entry.url;
    link.target = '_blank';
    link.rel = 'noreferrer';
    td.append(link);
  } else {
    td.textContent = entry.title || entry.url;
  }
  return td;
}

export function renderWordRows(
  body: HTMLTableSectionElement,
  entries: readonly WordListEntry[],
  onDelete: (entry: WordListEntry) => void,
  t: Translate,
  /** BCP 47 tag of the interface language, for the dates. */
  locale: string,
): void {
  // Newest first: the list is stored oldest first.
  const rows = [...entries].reverse().map((entry) => {
    const row = document.createElement('tr');
    const word = cell(entry.word, 'word');
    word.lang = 'zh';
    // The reading and CC-CEDICT's English definition are the word's, not the interface's language.
    const pinyin = cell(entry.pinyin);
    pinyin.lang = 'zh-Latn-pinyin';
    pinyin.translate = false;
    const definition = cell(entry.definition);
    definition.lang = 'en';
    const sentence = sentenceCell(entry);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = t('optionsDelete');
    remove.setAttribute('aria-label', t('optionsDeleteWord', entry.word));
    remove.addEventListener('click', () => onDelete(entry));
    const actions = document.createElement('td');
    actions.append(remove);
    row.append(
      word,
      pinyin,
      definition,
      sentence,
      pageCell(entry),
      cell(new Date(entry.savedAt).toLocaleString(locale), 'saved'),
      actions,
    );
    return row;
  });
  body.replaceChildren(...rows);
}
