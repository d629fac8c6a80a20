/** The shipped CC-CEDICT index, built from the real data (built on first use when missing). */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDictionary, loadDictionary, type Dictionary } from '../../src/dictionary/index';
import { loadDictionaryFromDisk } from '../../scripts/dictionary-node-loader';

let dictionary: Dictionary;
beforeAll(async () => {
  dictionary = await loadDictionaryFromDisk();
}, 60_000);

function readings(word: string): string[] {
  return dictionary.lookup(word)?.senses.map((s) => s.pinyin) ?? [];
}

describe('CC-CEDICT lookups', () => {
  it('reads 信访 as xin4 fang3 with a definition about complaints by letter or visit', () => {
    const result = dictionary.lookup('信访');
    expect(result?.simplified).toBe('信访');
    expect(result?.traditional).toBe('信訪');
    const sense = result?.senses.find((s) => s.pinyin === 'xin4 fang3');
    expect(sense?.definitions.join(' ')).toMatch(/complaint/);
    expect(sense?.definitions.join(' ')).toMatch(/letter/);
  });

  it('gives every reading of a polyphonic character, the common one first', () => {
    expect(readings('重')).toEqual(expect.arrayContaining(['zhong4', 'chong2']));
    expect(readings('重')[0]).toBe('zhong4');
    expect(readings('行')).toEqual(expect.arrayContaining(['xing2', 'hang2', 'heng2']));
    expect(readings('行')[0]).toBe('xing2');
    // "used in 道行" only points elsewhere, so it comes last.
    expect(readings('行').at(-1)).toBe('heng2');
  });

  it('finds words by their traditional form and names the simplified one', () => {
    const xinfang = dictionary.lookup('信訪');
    expect(xinfang?.word).toBe('信訪');
    expect(xinfang?.simplified).toBe('信访');
    expect(xinfang?.traditional).toBe('信訪');
    expect(xinfang?.senses[0]?.pinyin).toBe('xin4 fang3');

    const bank = dictionary.lookup('銀行');
    expect(bank?.simplified).toBe('银行');
    expect(bank?.senses[0]?.definitions).toContain('bank');
  });

  it('lists classifiers apart from the definitions', () => {
    const bank = dictionary.lookup('银行');
    expect(bank?.senses[0]?.classifiers).toEqual(expect.arrayContaining(['家[jia1]', '個|个[ge4]']));
    for (const sense of bank?.senses ?? []) for (const d of sense.definitions) expect(d).not.toMatch(/CL:/);
  });

  it('points variants at the word they are a variant of', () => {
    const senses = dictionary.lookup('亁')?.senses ?? [];
    expect(senses.flatMap((s) => s.variantOf ?? [])).toContain('乾|干[gan1]');
  });

  it('normalises readings to lower-case numbered pinyin with ü as v', () => {
    expect(readings('女')).toContain('nv3');
    expect(readings('绿')).toContain('lv4');
    expect(readings('中国')).toEqual(['zhong1 guo2']);
    expect(readings('东西')).toEqual(expect.arrayContaining(['dong1 xi1', 'dong1 xi5']));
  });

  it('keeps apart senses of one simplified character that stand for different traditional ones', () => {
    const senses = dictionary.lookup('干')?.senses ?? [];
    const forms = new Set(senses.map((s) => s.traditional));
    expect([...forms]).toEqual(expect.arrayContaining(['乾', '幹']));
    expect(senses.find((s) => s.traditional === '幹')?.pinyin).toBe('gan4');
  });

  it('explains each character of a word, with the reading it has in the word first', () => {
    const bank = dictionary.lookup('银行');
    expect(bank?.characters.map((c) => c.char)).toEqual(['银', '行']);
    expect(bank?.characters[1]?.senses[0]?.pinyin).toBe('hang2');
    expect(dictionary.lookup('行')?.characters).toEqual([]);
  });

  it('answers text that is no headword with its parts only, and nothing for an empty or Han-less text', () => {
    const joined = dictionary.lookup('信访银行');
    expect(joined?.senses).toEqual([]);
    expect(joined?.parts?.map((p) => p.text)).toEqual(['信访', '银行']);
    expect(dictionary.lookup('')).toBeNull();
    expect(dictionary.lookup('abc')).toBeNull();
  });
});

describe('hasWord and longestMatch', () => {
  it('knows headwords in either script', () => {
    expect(dictionary.hasWord('银行')).toBe(true);
    expect(dictionary.hasWord('銀行')).toBe(true);
    expect(dictionary.hasWord('银')).toBe(true);
    expect(dictionary.hasWord('银行信')).toBe(false);
  });

  it('finds the longest headword at the front of the text', () => {
    expect(dictionary.longestMatch('中华人民共和国成立了')).toBe('中华人民共和国'.length);
    expect(dictionary.longestMatch('銀行家們')).toBe('銀行家'.length);
    expect(dictionary.longestMatch('信访工作')).toBe(2);
    expect(dictionary.longestMatch('，信访')).toBe(0);
    expect(dictionary.longestMatch('')).toBe(0);
  });

  it('matches a headword that is the whole text', () => {
    expect(dictionary.longestMatch('银行')).toBe(2);
    expect(dictionary.longestMatch('银')).toBe(1);
  });
});

describe('loadDictionary', () => {
  const readShipped = async (path: string) => {
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(`assets/public${path}`);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  };

  it('loads the shipped pack through loadAsset, and answers as the compiled file does', async () => {
    const requested: string[] = [];
    const loaded = await loadDictionary(async (path) => (requested.push(path), readShipped(path)));
    expect(requested.sort()).toEqual(['/data/cedict.pack.gz', '/data/glossary.json']);
    const { compileDictionaryFile } = await import('../../scripts/build-dictionary');
    const compiled = createDictionary((await compileDictionaryFile()).file, []);
    for (const word of ['銀行', '行', '信访', '中华人民共和国', '𠮷', '一会儿', 'T恤', '干']) {
      expect(loaded.lookup(word)?.senses).toEqual(compiled.lookup(word)?.senses);
    }
    expect(loaded.longestMatch('中华人民共和国')).toBe(7);
  }, 60_000);

  it('refuses a damaged pack instead of answering from half a dictionary', async () => {
    const damaged = loadDictionary(async (path) => {
      const bytes = await readShipped(path);
      return path.endsWith('.gz') ? bytes.slice(0, bytes.byteLength / 2) : bytes;
    });
    await expect(damaged).rejects.toThrow();
  });
});

describe('lookup with the reading in context', () => {
  it('puts the senses with the contextual reading first', () => {
    expect(dictionary.lookup('行', 'hang2')?.senses[0]?.pinyin).toBe('hang2');
    expect(dictionary.lookup('行')?.senses[0]?.pinyin).toBe('xing2');
    expect(dictionary.lookup('了', 'le5')?.senses[0]?.pinyin).toBe('le5');
  });

  it('orders each character by its reading inside the word', () => {
    const result = dictionary.lookup('矛调中心', 'mao2 tiao2 zhong1 xin1');
    expect(result?.characters.find((c) => c.char === '调')?.senses[0]?.pinyin).toBe('tiao2');
  });

  it('ignores a reading the word does not have', () => {
    expect(dictionary.lookup('行', 'zzz9')?.senses[0]?.pinyin).toBe('xing2');
  });
});
