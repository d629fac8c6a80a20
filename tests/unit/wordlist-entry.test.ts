import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LookupResponse } from '../../src/messaging/protocol';
import { addEntry, buildWordListEntry, removeEntry } from '../../src/wordlist/entry';
import { clearWordList, deleteWord, saveWord, wordListItem } from '../../src/wordlist/store';

const lookup: LookupResponse = {
  word: '信访',
  simplified: '信访',
  traditional: '信訪',
  senses: [
    { pinyin: 'xin4 fang3', definitions: ['letters and visits', 'petitioning', 'complaints', 'appeals', 'fifth'] },
    { pinyin: 'Xin4 fang3', definitions: ['(a place name)'] },
  ],
  characters: [],
};
const context = { sentence: '信访案件是考题。', url: 'https://example.com/a', title: 'A', savedAt: 1 };

describe('buildWordListEntry', () => {
  it('stores tone marks and the first reading’s first definitions', () => {
    expect(buildWordListEntry(lookup, context)).toEqual({
      word: '信访',
      pinyin: 'xìn fǎng',
      definition: 'letters and visits; petitioning; complaints; appeals',
      ...context,
    });
  });

  it('leads with the glossary gloss when there is one', () => {
    const withNote: LookupResponse = {
      ...lookup,
      glossary: { term: '信访', pinyin: 'xìn fǎng', gloss: 'petitioning system', explanation: '', category: 'governance' },
    };
    expect(buildWordListEntry(withNote, context).definition).toBe('petitioning system; letters and visits; petitioning; complaints');
  });

  it('falls back to the glossary reading for words only the glossary knows', () => {
    const onlyNote: LookupResponse = {
      ...lookup,
      senses: [],
      glossary: { term: '三无县', pinyin: 'san1 wu2 xian4', gloss: 'county with three "no"s', explanation: '', category: 'governance' },
    };
    expect(buildWordListEntry(onlyNote, context)).toMatchObject({ pinyin: 'sān wú xiàn', definition: 'county with three "no"s' });
  });
});

describe('word list entries', () => {
  const a = buildWordListEntry(lookup, context);
  const b = { ...a, url: 'https://example.com/b' };

  it('keeps one entry per word and page, the newest last', () => {
    const again = { ...a, sentence: 'newer', savedAt: 2 };
    expect(addEntry(addEntry([a], b), again)).toEqual([b, again]);
  });

  it('removes by word and page only', () => {
    expect(removeEntry([a, b], '信访', 'https://example.com/a')).toEqual([b]);
  });
});

describe('word list storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves into browser.storage.local, deduplicating, and deletes and clears', async () => {
    const a = buildWordListEntry(lookup, context);
    await saveWord(a);
    await saveWord({ ...a, savedAt: 5 });
    await saveWord({ ...a, url: 'https://example.com/b' });
    expect((await wordListItem.getValue()).map((e) => [e.url, e.savedAt])).toEqual([
      ['https://example.com/a', 5],
      ['https://example.com/b', 1],
    ]);
    const raw = await fakeBrowser.storage.local.get('wordList');
    expect(Array.isArray(raw.wordList)).toBe(true);
    await deleteWord('信访', 'https://example.com/b');
    expect(await wordListItem.getValue()).toHaveLength(1);
    await clearWordList();
    expect(await wordListItem.getValue()).toEqual([]);
  });
});
