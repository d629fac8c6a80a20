/** Glossary notes merged into dictionary lookups. */
import { describe, expect, it } from 'vitest';
import { compileCedict, type CedictSource } from '../../src/dictionary/compile-cedict';
import { encodeDictionaryFile } from '../../src/dictionary/entry-format';
import { createDictionary } from '../../src/dictionary/dictionary-index';
import type { GlossaryNote } from '../../src/messaging/protocol';

const source: CedictSource = {
  all: [
    ['信訪', '信访', 'xin4 fang3', 'to complain to the authorities by letter or visit', [], []],
    ['信', '信', 'xin4', ['letter', 'to believe'], [], []],
    ['訪', '访', 'fang3', 'to visit', [], []],
    ['調', '调', 'diao4', 'to transfer', [], []],
    ['調', '调', 'tiao2', 'to adjust', [], []],
  ],
  variantLookup: [],
  classifierLookup: [],
};
const file = encodeDictionaryFile(compileCedict(source, (w) => (w === '调' ? 'diao4' : '')));

const xinfang: GlossaryNote = {
  term: '信访',
  pinyin: 'xìn fǎng',
  gloss: 'letters and visits; petitioning',
  explanation: 'Citizens taking grievances to government offices.',
  category: 'petitions',
};
const maodiao: GlossaryNote = {
  term: '矛调中心',
  traditional: '矛調中心',
  pinyin: 'máo tiáo zhōng xīn',
  gloss: 'conflict mediation centre',
  explanation: 'A county office where disputes are mediated.',
  category: 'petitions',
};
const dictionary = createDictionary(file, [xinfang, maodiao]);

describe('lookup merges the glossary with CC-CEDICT', () => {
  it('adds the glossary note to the dictionary senses', () => {
    const result = dictionary.lookup('信访');
    expect(result?.glossary).toEqual(xinfang);
    expect(result?.senses[0]?.definitions[0]).toMatch(/complain/);
    expect(result?.characters.map((c) => c.char)).toEqual(['信', '访']);
  });

  it('finds the note from the traditional form through the dictionary', () => {
    // The note gives no traditional form; CC-CEDICT knows 信訪 is 信访.
    const result = dictionary.lookup('信訪');
    expect(result?.simplified).toBe('信访');
    expect(result?.glossary?.term).toBe('信访');
  });

  it('answers for glossary-only terms, in either script, with per-character senses', () => {
    const result = dictionary.lookup('矛调中心');
    expect(result).toMatchObject({ word: '矛调中心', simplified: '矛调中心', traditional: '矛調中心', senses: [] });
    expect(result?.glossary?.gloss).toBe('conflict mediation centre');
    expect(result?.characters.map((c) => c.char)).toEqual(['调']);
    // The glossary reads 调 as tiao2 here; the reading inside the term is not known to the
    // dictionary, so the character keeps its own order.
    expect(result?.characters[0]?.senses.map((s) => s.pinyin)).toEqual(['diao4', 'tiao2']);

    const traditional = dictionary.lookup('矛調中心');
    expect(traditional?.simplified).toBe('矛调中心');
    expect(traditional?.traditional).toBe('矛調中心');
  });

  it('counts glossary terms as words', () => {
    expect(dictionary.hasWord('矛调中心')).toBe(true);
    expect(dictionary.longestMatch('矛调中心的工作')).toBe(4);
    expect(dictionary.longestMatch('矛調中心')).toBe(4);
    expect(dictionary.longestMatch('矛调')).toBe(0);
  });

  it('gives the segmenter every form of every term', () => {
    expect(dictionary.customWords().sort()).toEqual(['信访', '矛调中心', '矛調中心'].sort());
  });
});
