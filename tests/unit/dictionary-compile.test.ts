/** The build-time compiler and the file format, on small hand-made CC-CEDICT data. */
import { describe, expect, it } from 'vitest';
import { compileCedict, type CedictSource } from '../../src/dictionary/compile-cedict';
import { normaliseCedictPinyin } from '../../src/dictionary/cedict-pinyin';
import {
  compareKeys,
  decodeEntry,
  encodeDictionaryFile,
  encodeEntry,
  SECTION_SEPARATOR,
} from '../../src/dictionary/entry-format';
import { createDictionary } from '../../src/dictionary/dictionary-index';
import { decodeLineIndex, encodeLineIndex, scanSections } from '../../src/dictionary/line-index';
import { encodeKey, lineStarts, longestKeyPrefix, sortedLines } from '../../src/dictionary/sorted-lines';

const source: CedictSource = {
  all: [
    ['銀行', '银行', 'yin2 hang2', 'bank', [], [0, 1]],
    ['行', '行', 'hang2', ['row', 'line of business'], [], []],
    ['行', '行', 'heng2', 'used in 道行[dao4 heng2]', [], []],
    ['行', '行', 'xing2', ['to walk', 'capable (CL:個|个[ge4])'], [], []],
    ['張', '张', 'Zhang1', 'surname Zhang', [], []],
    ['張', '张', 'zhang1', ['to open', 'CL:個|个[ge4]'], [], [1]],
    ['亁', '干', 'gan1', 'variant of 乾|干[gan1]', [0], []],
    ['女', '女', 'nu:3', 'woman', [], []],
  ],
  variantLookup: [['乾', '干', 'gan1']],
  classifierLookup: [
    ['家', '家', 'jia1'],
    ['個', '个', 'ge4'],
  ],
};
const preferred = (word: string): string => ({ 行: 'xing2', 张: 'zhang1' })[word] ?? '';

describe('normaliseCedictPinyin', () => {
  it('lower-cases syllables and writes ü as v, leaving letters and symbols alone', () => {
    expect(normaliseCedictPinyin('Zhong1 guo2')).toBe('zhong1 guo2');
    expect(normaliseCedictPinyin('nu:3 lu:e4')).toBe('nv3 lve4');
    expect(normaliseCedictPinyin('yi1 hui4 r5')).toBe('yi1 hui4 r5');
    expect(normaliseCedictPinyin('san1 D da3 yin4')).toBe('san1 D da3 yin4');
  });
});

describe('compileCedict', () => {
  const compiled = compileCedict(source, preferred);
  const find = (simplified: string, pinyin: string) =>
    compiled.find((e) => e.simplified === simplified && e.pinyin === pinyin)!;
  const zhangVerb = compiled.find((e) => e.definitions[0] === 'to open')!;
  const zhangSurname = compiled.find((e) => e.definitions[0] === 'surname Zhang')!;

  it('moves classifiers out of the definitions into references', () => {
    expect(find('银行', 'yin2 hang2').classifiers).toEqual(['家[jia1]', '個|个[ge4]']);
    expect(find('行', 'xing2').definitions).toEqual(['to walk', 'capable']);
    expect(zhangVerb.definitions).toEqual(['to open']);
    expect(zhangVerb.classifiers).toEqual(['個|个[ge4]']);
  });

  it('resolves variant pointers', () => {
    expect(find('干', 'gan1').variants).toEqual(['乾|干[gan1]']);
  });

  it('ranks the preferred reading first, proper nouns and pointer-only senses later', () => {
    expect(find('行', 'xing2').rank).toBe(0);
    expect(find('行', 'hang2').rank).toBe(1);
    expect(find('行', 'heng2').rank).toBeGreaterThan(find('行', 'hang2').rank);
    expect(zhangVerb.rank).toBeLessThan(zhangSurname.rank);
    expect(zhangSurname.pinyin).toBe('zhang1');
  });

  it('round-trips entries through the line format', () => {
    for (const entry of compiled) expect(decodeEntry(encodeEntry(entry))).toEqual(entry);
  });
});

describe('the compiled file', () => {
  const file = encodeDictionaryFile(compileCedict(source, preferred));

  it('sorts entries by simplified headword and indexes differing traditional forms', () => {
    const [entries = '', index = ''] = file.split(SECTION_SEPARATOR);
    const keys = entries.split('\n').map((l) => l.split('\t')[0]!);
    expect(keys).toEqual([...keys].sort(compareKeys));
    expect(index.trim().split('\n').map((l) => l.split('\t')[0])).toEqual(['亁', '張', '銀行']);
  });

  it('serves lookups in both scripts', () => {
    const dictionary = createDictionary(file, []);
    expect(dictionary.lookup('張')?.senses.map((s) => s.pinyin)).toEqual(['zhang1']);
    expect(dictionary.lookup('张')?.senses[0]?.definitions).toEqual(['to open', 'surname Zhang']);
    expect(dictionary.lookup('女')?.senses[0]?.pinyin).toBe('nv3');
    expect(dictionary.longestMatch('銀行家')).toBe(2);
    expect(dictionary.longestMatch('行人')).toBe(1);
  });
});

describe('searching the bytes', () => {
  // U+F9xx sorts before U+2000B by code point but after it by UTF-16 code unit: the build and the
  // byte search must agree on the order.
  const beyondBmp: CedictSource = {
    all: [
      ['𠀋', '𠀋', 'jiang1', 'old variant of 姜', [], []],
      ['豈', '豈', 'qi3', 'how?', [], []],
      ['豈有此理', '岂有此理', 'qi3 you3 ci3 li3', 'outrageous', [], []],
      ['豈', '岂', 'qi3', 'how? (rhetorical)', [], []],
    ],
    variantLookup: [],
    classifierLookup: [],
  };
  const file = encodeDictionaryFile(compileCedict(beyondBmp, () => ''));
  const bytes = new TextEncoder().encode(file);

  it('finds headwords beyond the Basic Multilingual Plane and beside them', () => {
    const dictionary = createDictionary(file, []);
    expect(dictionary.lookup('𠀋')?.senses[0]?.pinyin).toBe('jiang1');
    expect(dictionary.lookup('豈')?.senses.flatMap((s) => s.definitions).sort()).toEqual(['how?', 'how? (rhetorical)']);
    expect(dictionary.longestMatch('𠀋字')).toBe(2);
    expect(dictionary.longestMatch('豈有此理啊')).toBe(4);
  });

  it('gives the same answers with the stored line index as by scanning', () => {
    const index = encodeLineIndex(scanSections(bytes));
    expect(decodeLineIndex(index, bytes.length)).not.toBeNull();
    const withIndex = createDictionary(bytes, [], index);
    const scanned = createDictionary(bytes, []);
    for (const word of ['𠀋', '豈', '岂', '岂有此理', '豈有此理', '有']) {
      expect(withIndex.lookup(word)).toEqual(scanned.lookup(word));
    }
  });

  it('ignores a line index that does not fit the file', () => {
    const index = encodeLineIndex(scanSections(bytes));
    expect(decodeLineIndex(index, bytes.length + 1)).toBeNull();
    expect(decodeLineIndex(index.subarray(1), bytes.length)).toBeNull();
    expect(createDictionary(bytes, [], index.subarray(1)).hasWord('岂有此理')).toBe(true);
  });
});

describe('sortedLines', () => {
  const bytes = new TextEncoder().encode(['中', '中国\tx', '中国人', '中国人民\ty', '中央', '人'].join('\n') + '\n');
  const lines = sortedLines(bytes, lineStarts(bytes));

  it('finds keys exactly and by lower bound', () => {
    expect(lines.length).toBe(6);
    expect(lines.hasKey(lines.lowerBound(encodeKey('中国人')), encodeKey('中国人'))).toBe(true);
    expect(lines.line(lines.lowerBound(encodeKey('中国人民')))).toBe('中国人民\ty');
    expect(lines.hasKey(lines.lowerBound(encodeKey('中国民')), encodeKey('中国民'))).toBe(false);
  });

  it('bounds the keys that start with a prefix', () => {
    const prefix = encodeKey('中国');
    expect(lines.lowerBound(prefix)).toBe(1);
    expect(lines.afterPrefix(prefix)).toBe(4);
  });

  it('measures the longest key at the front of a text in UTF-16 units', () => {
    expect(longestKeyPrefix(lines, '中国人民银行', 20)).toBe(4);
    expect(longestKeyPrefix(lines, '中国人民银行', 3)).toBe(3);
    expect(longestKeyPrefix(lines, '中华', 20)).toBe(1);
    expect(longestKeyPrefix(lines, '国', 20)).toBe(0);
  });
});
