/** Known-word files in and out, and the all-or-nothing JSON backup of known words, notes and the word list. */
import { describe, expect, it } from 'vitest';
import { mergeBackup, parseBackup, toBackupJson, type LearnerData } from '../../src/learner/backup';
import { exportKnownWords, parseKnownWordsImport, withWord } from '../../src/learner/known-words';

describe('parseKnownWordsImport', () => {
  it('reads plain text, one word a line', () => {
    expect(parseKnownWordsImport('信访\n工作\n\n工作\r\nA股\n')).toEqual({ ok: true, words: ['A股', '信访', '工作'] });
  });

  it('reads CSV with a header row and quoted fields', () => {
    const csv = '\uFEFFword,pinyin,definition\r\n信访,xìn fǎng,"petitioning, letters"\r\n"工作",gōng zuò,work\r\n';
    expect(parseKnownWordsImport(csv)).toEqual({ ok: true, words: ['信访', '工作'] });
  });

  it('reads an Anki plain-text export: # headers, the word in the first field', () => {
    const anki = '#separator:tab\n#html:false\n#columns:word\tpinyin\n信访\txìn fǎng\tpetitioning\n民生\tmín shēng\tlivelihood\n';
    expect(parseKnownWordsImport(anki)).toEqual({ ok: true, words: ['信访', '民生'] });
  });

  it('refuses a file with lines that are not words, naming them', () => {
    expect(parseKnownWordsImport('信访\n{"notes": 1}\n工作\nhello\n')).toEqual({ ok: false, problem: 'not-words', lines: [2, 4] });
    expect(parseKnownWordsImport('这一整行是一个很长的句子，不是一个词。\n')).toMatchObject({ ok: false, problem: 'not-words' });
  });

  it('refuses empty and binary files', () => {
    expect(parseKnownWordsImport('\n\n')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseKnownWordsImport('word\n')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseKnownWordsImport('PK\u0003\u0004\u0000\u0000')).toMatchObject({ ok: false, problem: 'binary' });
  });

  it('exports a file that imports back', () => {
    const words = ['信访', '工作'];
    expect(parseKnownWordsImport(exportKnownWords(words))).toEqual({ ok: true, words });
  });

  it('adds and removes one word, keeping the list sorted and unique', () => {
    expect(withWord(['工作'], '信访', true)).toEqual(['信访', '工作']);
    expect(withWord(['信访', '工作'], '信访', true)).toEqual(['信访', '工作']);
    expect(withWord(['信访', '工作'], '信访', false)).toEqual(['工作']);
  });
});

const data: LearnerData = {
  knownWords: ['信访'],
  notes: { 信访: { text: 'petitions, not courts', updatedAt: 10 } },
  wordList: [{ word: '民生', pinyin: 'mín shēng', definition: 'livelihood', sentence: '关注民生。', url: 'https://a.example/', title: 'A', savedAt: 5 }],
};

describe('learner backup', () => {
  it('exports and imports the same data', () => {
    expect(parseBackup(toBackupJson(data))).toEqual({ ok: true, data });
  });

  it('says what is wrong with a file it cannot take', () => {
    expect(parseBackup('{not json')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(parseBackup('{"hello": 1}')).toMatchObject({ ok: false, problem: 'not-dudong' });
    expect(parseBackup(JSON.stringify({ ...JSON.parse(toBackupJson(data)), version: 2 }))).toMatchObject({ ok: false, problem: 'newer-version' });
    const badNote = { ...JSON.parse(toBackupJson(data)), notes: { 信访: { text: '', updatedAt: 1 } } };
    const parsed = parseBackup(JSON.stringify(badNote));
    expect(parsed).toMatchObject({ ok: false, problem: 'invalid' });
    expect(parsed.ok ? '' : parsed.detail).toMatch(/notes/);
    const badWord = { ...JSON.parse(toBackupJson(data)), knownWords: ['信访', 'hello'] };
    expect(parseBackup(JSON.stringify(badWord))).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('merges: known words joined, the newer note kept, saved words added once', () => {
    const mine: LearnerData = { knownWords: ['工作'], notes: { 信访: { text: 'mine, newer', updatedAt: 20 } }, wordList: data.wordList };
    const merged = mergeBackup(mine, data);
    expect(merged.knownWords).toEqual(['信访', '工作']);
    expect(merged.notes['信访']!.text).toBe('mine, newer');
    expect(merged.wordList).toHaveLength(1);
    expect(mergeBackup({ knownWords: [], notes: {}, wordList: [] }, data)).toEqual(data);
  });
});
