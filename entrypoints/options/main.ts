/**
 * Options page: the saved word list (view, delete, export, clear), known words and the reader's
 * data, display and language settings, credits. In the reader's language.
 */
import { currentTranslator, watchLanguage } from '../../src/i18n/current-language';
import { localizePage } from '../../src/i18n/localize-page';
import { languageTag, type Language, type Translate } from '../../src/i18n/translate';
import { pinyinStyleItem, setPinyinStyle, setToneColours, toneColoursItem, type PinyinStyleChoice } from '../../src/hover/settings';
import { LanguageSettingSchema, LevelMarksSchema, levelMarksItem, setSetting, speechRateItem, uiLanguageItem } from '../../src/settings/learner-settings';
import * as v from 'valibot';
import { toAnkiTsv, toCsv } from '../../src/wordlist/export';
import { MAX_WORDS } from '../../src/wordlist/limits';
import { clearWordList, deleteWord, wordListItem } from '../../src/wordlist/store';
import type { WordListEntry } from '../../src/wordlist/types';
// The notices as shipped, shown verbatim so the page never drifts from the file.
import creditsText from '../../assets/CREDITS.md?raw';
import { datedName, downloadText } from './download';
import { setUpLearnerData } from './learner-view';
import { setUpSentenceMemory } from './sentence-memory-view';
import { setUpSetAside } from './set-aside-view';
import { renderWordRows } from './word-list-view';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options page is missing #${id}`);
  return element as T;
}

let entries: WordListEntry[] = [];

function showWords(list: WordListEntry[], t: Translate, language: Language): void {
  entries = list;
  const table = byId<HTMLTableElement>('word-table');
  renderWordRows(table.tBodies[0]!, list, (entry) => void deleteWord(entry.word, entry.url), t, languageTag(language));
  table.hidden = list.length === 0;
  byId('empty').hidden = list.length > 0;
  const count = t('optionsWordCount', list.length);
  byId('word-count').textContent = list.length >= MAX_WORDS ? t('optionsWordListFull', count) : count;
  for (const id of ['export-csv', 'export-anki', 'clear']) byId<HTMLButtonElement>(id).disabled = list.length === 0;
}

function setUpWordList(t: Translate, language: Language): void {
  byId('export-csv').addEventListener('click', () => {
    // A byte-order mark makes spreadsheet programs read the file as UTF-8.
    downloadText(`${datedName('dudong-words')}.csv`, `\uFEFF${toCsv(entries)}`, 'text/csv;charset=utf-8');
  });
  byId('export-anki').addEventListener('click', () => {
    downloadText(`${datedName('dudong-anki')}.txt`, toAnkiTsv(entries), 'text/tab-separated-values;charset=utf-8');
  });
  byId('clear').addEventListener('click', () => {
    if (confirm(t('optionsClearConfirm', entries.length))) void clearWordList();
  });
  void wordListItem.getValue().then((list) => showWords(list, t, language));
  wordListItem.watch((list) => showWords(list ?? [], t, language));
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

  const levelMarks = byId<HTMLSelectElement>('level-marks');
  levelMarks.value = await levelMarksItem.getValue();
  levelMarks.addEventListener('change', () => void setSetting(levelMarksItem, v.parse(LevelMarksSchema, levelMarks.value)));
  const rate = byId<HTMLSelectElement>('speech-rate');
  rate.value = String(await speechRateItem.getValue());
  rate.addEventListener('change', () => void setSetting(speechRateItem, Number(rate.value)));
  const language = byId<HTMLSelectElement>('ui-language');
  language.value = await uiLanguageItem.getValue();
  language.addEventListener('change', () => void setSetting(uiLanguageItem, v.parse(LanguageSettingSchema, language.value)));
}

async function main(): Promise<void> {
  const { language, t } = await currentTranslator();
  localizePage(document, t, language);
  // A new language is simplest shown whole: the page is rebuilt in it.
  watchLanguage((next) => {
    if (next !== language) location.reload();
  });
  setUpSetAside(t, language);
  setUpSentenceMemory(t, language);
  setUpWordList(t, language);
  setUpLearnerData(t);
  await setUpDisplay();
  byId('credits-text').textContent = creditsText;
  document.documentElement.dataset.ready = 'true';
}

void main();
