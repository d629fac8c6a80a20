import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pinyinStyleItem } from '../../src/hover/settings';
import { discardSetAside, markSetAsideNoticed, setAsideEntries } from '../../src/settings/set-aside';
import { disabledSitesItem, loadReaderSettings, setEnabledOnSite, TooManySitesError } from '../../src/settings/site-settings';
import { defineValidatedItem, validEntries } from '../../src/settings/validated-item';
import { MAX_NOTES, NotesFullError } from '../../src/learner/limits';
import { setNote } from '../../src/learner/store';
import { MAX_WORDS, WordListFullError } from '../../src/wordlist/limits';
import { saveWord, wordListItem } from '../../src/wordlist/store';
import type { WordListEntry } from '../../src/wordlist/types';

const word = (n: number): WordListEntry => ({
  word: `词${n}`,
  pinyin: 'cí',
  definition: 'word',
  sentence: `第${n}句。`,
  url: `https://example.com/${n}`,
  title: 't',
  savedAt: n,
});

describe('a stored value that fails its schema', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the default instead of throwing on every page (disabledSites not a list)', async () => {
    await fakeBrowser.storage.sync.set({ 'reader.disabledSites': 'example.com' });
    expect(await loadReaderSettings('example.com')).toEqual({ enabledHere: true, hideSpam: true });
    const [kept] = await setAsideEntries();
    expect(kept).toMatchObject({ key: 'sync:reader.disabledSites', value: 'example.com', noticed: false });
    // The bad copy is gone, so the next read is clean and the user's next change is stored.
    expect(await fakeBrowser.storage.sync.get('reader.disabledSites')).toEqual({});
    await setEnabledOnSite('example.com', false);
    expect(await disabledSitesItem.getValue()).toEqual(['example.com']);
  });

  it('keeps the good entries of the word list and sets the whole list aside', async () => {
    const stored = [word(1), { word: 42, sentence: null }, word(2), 'junk'];
    await fakeBrowser.storage.local.set({ wordList: stored });
    expect(await wordListItem.getValue()).toEqual([word(1), word(2)]);
    expect((await setAsideEntries()).map((e) => [e.key, e.value])).toEqual([['local:wordList', stored]]);
    expect((await fakeBrowser.storage.local.get('wordList')).wordList).toEqual([word(1), word(2)]);
  });

  it('is set aside once however often it is read, and the notice is given once', async () => {
    await fakeBrowser.storage.sync.set({ 'display.pinyinStyle': 'cursive' });
    const bad = defineValidatedItem('sync:display.pinyinStyle', { schema: v.picklist(['marks']), fallback: 'marks', version: 1 });
    await bad.getValue();
    await fakeBrowser.storage.sync.set({ 'display.pinyinStyle': 'cursive' }); // another tab read it meanwhile
    expect(await pinyinStyleItem.getValue()).toBe('auto');
    expect(await setAsideEntries()).toHaveLength(1);
    await markSetAsideNoticed();
    expect((await setAsideEntries()).every((e) => e.noticed)).toBe(true);
    await discardSetAside();
    expect(await setAsideEntries()).toEqual([]);
  });

  it('refuses to store a value that fails the schema', async () => {
    await expect(wordListItem.setValue([{ ...word(1), savedAt: Number.NaN }])).rejects.toThrow(/wordList/);
  });
});

describe('migrations, one test per version', () => {
  beforeEach(() => fakeBrowser.reset());

  // A sample item as an item of this project evolves: v1 a comma list, v2 an array, v3 objects.
  const v3 = v.array(v.object({ site: v.string(), since: v.number() }));
  const sample = () =>
    defineValidatedItem('local:test.sites', {
      schema: v3,
      fallback: [],
      version: 3,
      migrations: {
        2: (old) => String(old).split(',').filter(Boolean),
        3: (old) => (old as string[]).map((site) => ({ site, since: 0 })),
      },
    });

  it('v1 → v3', async () => {
    await fakeBrowser.storage.local.set({ 'test.sites': 'a.cn,b.cn' });
    expect(await sample().getValue()).toEqual([{ site: 'a.cn', since: 0 }, { site: 'b.cn', since: 0 }]);
    expect((await fakeBrowser.storage.local.get('test.sites$'))['test.sites$']).toEqual({ v: 3 });
  });

  it('v2 → v3', async () => {
    await fakeBrowser.storage.local.set({ 'test.sites': ['a.cn'], 'test.sites$': { v: 2 } });
    expect(await sample().getValue()).toEqual([{ site: 'a.cn', since: 0 }]);
  });

  it('v3 stays', async () => {
    await fakeBrowser.storage.local.set({ 'test.sites': [{ site: 'a.cn', since: 5 }], 'test.sites$': { v: 3 } });
    expect(await sample().getValue()).toEqual([{ site: 'a.cn', since: 5 }]);
  });

  it('a migration that cannot make sense of the value ends at the fallback, the value set aside', async () => {
    await fakeBrowser.storage.local.set({ 'test.sites': { not: 'a list' }, 'test.sites$': { v: 2 } });
    const item = sample();
    expect(await item.getValue()).toEqual([]);
    expect((await setAsideEntries())[0]).toMatchObject({ key: 'local:test.sites', value: { not: 'a list' }, problem: expect.stringContaining('version 3') });
  });

  it('settings of v1 move from storage.local to storage.sync', async () => {
    await fakeBrowser.storage.local.set({ 'reader.disabledSites': ['a.cn'] });
    const item = defineValidatedItem('sync:reader.disabledSites', {
      schema: v.array(v.string()),
      fallback: [],
      version: 1,
      movedFrom: 'local:reader.disabledSites',
    });
    expect(await item.getValue()).toEqual(['a.cn']);
    expect(await fakeBrowser.storage.local.get('reader.disabledSites')).toEqual({});
    expect(await fakeBrowser.storage.sync.get('reader.disabledSites')).toEqual({ 'reader.disabledSites': ['a.cn'] });
  });
});

describe('caps', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the word list says it is full instead of growing without bound', async () => {
    await fakeBrowser.storage.local.set({ wordList: Array.from({ length: MAX_WORDS }, (_, i) => word(i)) });
    await expect(saveWord(word(MAX_WORDS))).rejects.toBeInstanceOf(WordListFullError);
    await expect(saveWord(word(MAX_WORDS))).rejects.toThrow(/full.*remove some/);
    // Saving a word already in the list again still works (it replaces, the count stays).
    await expect(saveWord({ ...word(3), savedAt: 99 })).resolves.toBeUndefined();
  });

  it('two saves at once both land', async () => {
    await Promise.all([saveWord(word(1)), saveWord(word(2))]);
    expect((await wordListItem.getValue()).map((e) => e.word)).toEqual(['词1', '词2']);
  });

  it('the sites switched off fit one storage.sync item, and say so when they would not', async () => {
    let n = 0;
    await expect(
      (async () => {
        for (;;) await setEnabledOnSite(`site-number-${n++}.example.com`, false);
      })(),
    ).rejects.toBeInstanceOf(TooManySitesError);
    expect((await disabledSitesItem.getValue()).length).toBe(n - 1);
    expect(n).toBeGreaterThan(200);
  });
});

describe('validEntries', () => {
  it('is null for a value that is no list at all', () => {
    expect(validEntries(v.string())({ a: 1 })).toBeNull();
    expect(validEntries(v.string())(['a', 1, 'b'])).toEqual(['a', 'b']);
  });
});

describe('notes cap', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says notes are full instead of growing without bound; editing an existing note still works', async () => {
    const notes = Object.fromEntries(Array.from({ length: MAX_NOTES }, (_, i) => [`词${i}`, { text: 'n', updatedAt: 1 }]));
    await fakeBrowser.storage.local.set({ 'learner.notes': notes });
    await expect(setNote('新词', 'a note')).rejects.toBeInstanceOf(NotesFullError);
    await expect(setNote('词1', 'changed')).resolves.toBeUndefined();
    await expect(setNote('词2', '')).resolves.toBeUndefined();
    await expect(setNote('新词', 'now there is room')).resolves.toBeUndefined();
  });
});
