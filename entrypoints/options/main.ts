/**
 * Options page: the saved word list (view, delete, export, clear), display settings, credits.
 */
import { pinyinStyleItem, setPinyinStyle, setToneColours, toneColoursItem, type PinyinStyleChoice } from '../../src/hover/settings';
import { toAnkiTsv, toCsv } from '../../src/wordlist/export';
import { MAX_WORDS } from '../../src/wordlist/limits';
import { clearWordList, deleteWord, wordListItem } from '../../src/wordlist/store';
import type { WordListEntry } from '../../src/wordlist/types';
// The notices as shipped, shown verbatim so the page never drifts from the file.
import creditsText from '../../assets/CREDITS.md?raw';
import { datedName, downloadText } from './download';
import { setUpSetAside } from './set-aside-view';
import { renderWordRows } from './word-list-view';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options page is missing #${id}`);
  return element as T;
}

let entries: WordListEntry[] = [];

function showWords(list: WordListEntry[]): void {
  entries = list;
  const table = byId<HTMLTableElement>('word-table');
  renderWordRows(table.tBodies[0]!, list, (entry) => void deleteWord(entry.word, entry.url));
  table.hidden = list.length === 0;
  byId('empty').hidden = list.length > 0;
  const count = list.length === 1 ? '1 word' : `${list.length} words`;
  byId('word-count').textContent = list.length >= MAX_WORDS ? `${count}: the list is full; delete some to save more` : count;
  for (const id of ['export-csv', 'export-anki', 'clear']) byId<HTMLButtonElement>(id).disabled = list.length === 0;
}

function setUpWordList(): void {
  byId('export-csv').addEventListener('click', () => {
    // A byte-order mark makes spreadsheet programs read the file as UTF-8.
    downloadText(`${datedName('dudong-words')}.csv`, `\uFEFF${toCsv(entries)}`, 'text/csv;charset=utf-8');
  });
  byId('export-anki').addEventListener('click', () => {
    downloadText(`${datedName('dudong-anki')}.txt`, toAnkiTsv(entries), 'text/tab-separated-values;charset=utf-8');
  });
  byId('clear').addEventListener('click', () => {
    if (confirm(`Remove all ${entries.length} saved words?`)) void clearWordList();
  });
  void wordListItem.getValue().then(showWords);
  wordListItem.watch((list) => showWords(list ?? []));
}

async function setUpDisplay(): Promise<void> {
  const radios = Array.from(document.querySelectorAll<HTMLInputElement>('input[name="pinyin-style"]'));
  const colours = byId<HTMLInputElement>('tone-colours');
  const [style, toneColours] = await Promise.all([pinyinStyleItem.getValue(), toneColoursItem.getValue()]);
  for (const radio of radios) {
    radio.checked = radio.value === style;
    radio.addEventListener('change', () => {
      if (radio.checked) void setPinyinStyle(radio.value as PinyinStyleChoice);
    });
  }
  colours.checked = toneColours;
  colours.addEventListener('change', () => void setToneColours(colours.checked));
}

setUpSetAside();
setUpWordList();
void setUpDisplay();
byId('credits-text').textContent = creditsText;
