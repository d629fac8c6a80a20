/** Lookups from a Traditional page: the page's form first, its Simplified form when CC-CEDICT does not spell it. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from '../../src/dictionary/index';
import { loadDictionaryFromDisk } from '../../scripts/dictionary-node-loader';

let dictionary: Dictionary;
beforeAll(async () => {
  dictionary = await loadDictionaryFromDisk();
}, 120_000);

const readings = (word: string) => dictionary.lookup(word)?.senses.map((s) => s.pinyin) ?? [];

describe('Traditional words', () => {
  it('finds 幹部 with the 干部 entry, gàn bù, and names its Simplified form', () => {
    const ganbu = dictionary.lookup('幹部');
    expect(ganbu?.word).toBe('幹部');
    expect(ganbu?.simplified).toBe('干部');
    expect(ganbu?.senses[0]?.pinyin).toBe('gan4 bu4');
    expect(ganbu?.senses).toEqual(dictionary.lookup('干部')?.senses);
  });

  it('keeps apart the Traditional characters one Simplified character stands for', () => {
    expect(readings('幹')).toContain('gan4');
    expect(readings('幹')).not.toContain('gan1');
    expect(readings('乾')).toContain('gan1');
    expect(readings('乾')).not.toContain('gan4');
    expect(readings('後')).toEqual(['hou4']);
    expect(dictionary.lookup('髮')?.senses.some((s) => s.definitions.some((d) => /hair/.test(d)))).toBe(true);
    expect(dictionary.lookup('發')?.senses.some((s) => s.definitions.some((d) => /hair/.test(d)))).toBe(false);
  });

  it('looks a regional spelling up by its Simplified form, shown as written', () => {
    const weisheng = dictionary.lookup('衞生');
    expect(weisheng?.word).toBe('衞生');
    expect(weisheng?.simplified).toBe('卫生');
    expect(weisheng?.senses[0]?.pinyin).toBe('wei4 sheng1');
    expect(weisheng?.characters.map((c) => c.char)).toEqual(['衞', '生']);
    expect(dictionary.longestMatch('衞生局的人')).toBe(3);
  });

  it('finds the glossary note of a term from its Traditional form', () => {
    const xinfang = dictionary.lookup('信訪');
    expect(xinfang?.glossary?.term).toBe('信访');
  });
});

describe('regional vocabulary', () => {
  it.each([
    ['軟體', 'ruan3 ti3', /software/],
    ['計程車', 'ji4 cheng2 che1', /taxi/],
    ['網路', 'wang3 lu4', /network|Internet/i],
    ['資訊', 'zi1 xun4', /information/],
    ['捷運', 'jie2 yun4', /rapid transit/i],
    ['影片', 'ying3 pian4', /film|movie|video/i],
    ['隨身碟', 'sui2 shen1 die2', /flash drive/],
  ])('%s is found with its reading and meaning', (word, pinyin, meaning) => {
    const found = dictionary.lookup(word);
    const sense = found?.senses.find((s) => s.definitions.some((d) => meaning.test(d)));
    expect(sense?.pinyin).toBe(pinyin);
  });
});

describe('a Traditional word with no entry', () => {
  it('is answered by its parts, with its Simplified form to show beside it', () => {
    const found = dictionary.lookup('鐵路運輸');
    expect(found?.word).toBe('鐵路運輸');
    expect(found?.simplified).toBe('铁路运输');
    expect(found?.senses).toEqual([]);
    expect(found?.parts?.map((p) => p.text)).toEqual(['鐵路', '運輸']);
    expect(found?.parts?.[0]?.pinyin).toBe('tie3 lu4');
  });
});
