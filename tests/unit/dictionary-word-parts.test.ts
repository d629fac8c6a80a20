/** Words with no entry of their own are explained by their parts (the shipped CC-CEDICT and glossary). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from '../../src/dictionary/index';
import { loadDictionaryFromDisk } from '../../scripts/dictionary-node-loader';
import { partReading, splitIntoParts } from '../../src/dictionary/word-parts';

let dictionary: Dictionary;
beforeAll(async () => {
  dictionary = await loadDictionaryFromDisk();
}, 60_000);

describe('splitting a word into parts', () => {
  const words = new Set(['铁路', '运输', '铁', '路', '运', '输', '局长', '副', '局']);
  const longestMatch = (text: string) => {
    for (let n = Math.min(text.length, 4); n > 0; n--) if (words.has(text.slice(0, n))) return n;
    return 0;
  };

  it('takes the longest word at each point, from the left, and a lone character where none', () => {
    expect(splitIntoParts('铁路运输', longestMatch).map((p) => p.text)).toEqual(['铁路', '运输']);
    expect(splitIntoParts('副局长', longestMatch).map((p) => p.text)).toEqual(['副', '局长']);
    expect(splitIntoParts('局長', longestMatch).map((p) => p.text)).toEqual(['局', '長']);
  });

  it('keeps a run of digits or letters as one part, and counts Han characters for the reading', () => {
    const parts = splitIntoParts('12345铁路', longestMatch);
    expect(parts).toEqual([
      { text: '12345', hanBefore: 0, hanCount: 0 },
      { text: '铁路', hanBefore: 0, hanCount: 2 },
    ]);
    expect(partReading('tie3 lu4', parts[1]!, 2)).toBe('tie3 lu4');
    expect(partReading('tie3 lu4', parts[0]!, 2)).toBeUndefined();
    expect(partReading('tie3', parts[1]!, 2)).toBeUndefined();
  });

  it('keeps a character outside the BMP whole', () => {
    expect(splitIntoParts('𠮷野', () => 0).map((p) => p.text)).toEqual(['𠮷', '野']);
  });
});

describe('looking up a word with no entry', () => {
  it.each([
    ['铁路运输', 'tie3 lu4 yun4 shu1', [['铁路', 'tie3 lu4', /railway/i], ['运输', 'yun4 shu1', /transport/i]]],
    ['副局长', 'fu4 ju2 zhang3', [['副', 'fu4', /deputy|vice/i], ['局长', 'ju2 zhang3', /director|bureau/i]]],
    ['今年以来', 'jin1 nian2 yi3 lai2', [['今年', 'jin1 nian2', /this year/i], ['以来', 'yi3 lai2', /since/i]]],
  ] as const)('answers %s with its reading and its parts, each with its meaning', (word, reading, expected) => {
    expect(dictionary.hasWord(word)).toBe(false);
    const found = dictionary.lookup(word, reading);
    expect(found).not.toBeNull();
    expect(found!.senses).toEqual([]);
    expect(found!.reading).toBe(reading);
    expect(found!.parts!.map((p) => [p.text, p.pinyin])).toEqual(expected.map(([text, pinyin]) => [text, pinyin]));
    found!.parts!.forEach((part, i) => {
      expect(part.senses[0]?.pinyin).toBe(expected[i]![1]);
      expect(part.senses.flatMap((s) => s.definitions).join('; ')).toMatch(expected[i]![2]);
    });
  });

  it('gives the parts their dictionary reading when the page gave none', () => {
    const found = dictionary.lookup('铁路运输');
    expect(found!.parts!.map((p) => p.pinyin)).toEqual(['tie3 lu4', 'yun4 shu1']);
    expect(found!.reading).toBeUndefined();
  });

  it('leaves words with an entry as they were (no parts), and an unknown single character unanswered', () => {
    expect(dictionary.lookup('铁路')!.parts).toBeUndefined();
    expect(dictionary.lookup('\u{2B81D}')).toBeNull();
  });
});
