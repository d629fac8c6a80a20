/** The curated glossary: every file valid, no duplicates, pinyin agreeing with the pinyin module. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readGlossaryFiles } from '../../scripts/build-dictionary';
import { findPinyinDisagreements } from '../../src/glossary/check-pinyin';
import {
  GLOSSARY_CATEGORIES,
  validateGlossaryEntry,
  validateGlossaryFiles,
  type GlossaryEntry,
  type GlossaryValidation,
} from '../../src/glossary/schema';
import { createPinyinReader } from '../../src/pinyin/index';

const valid: GlossaryEntry = {
  term: '信访',
  traditional: '信訪',
  pinyin: 'xìn fǎng',
  gloss: 'letters and visits; petitioning',
  explanation: 'The system through which citizens bring grievances to government offices.',
  category: 'petitions',
  related: ['上访'],
};

describe('validateGlossaryEntry', () => {
  it('accepts a complete entry', () => {
    expect(validateGlossaryEntry(valid)).toEqual([]);
  });

  it('accepts readings for digits and Latin letters in a term', () => {
    const term = (t: string, pinyin: string) => validateGlossaryEntry({ ...valid, term: t, traditional: undefined, pinyin });
    expect(term('985工程', 'jiǔ bā wǔ gōng chéng')).toEqual([]);
    expect(term('35岁门槛', 'sān shí wǔ suì mén kǎn')).toEqual([]);
    expect(term('A股', 'A gǔ')).toEqual([]);
    expect(term('12345热线', 'yāo èr sān sì wǔ rè xiàn')).toEqual([]);
  });

  it.each([
    ['a missing gloss', { ...valid, gloss: undefined }, /gloss/],
    ['an unknown category', { ...valid, category: 'sport' }, /category/],
    ['a traditional form equal to the term', { ...valid, traditional: '信访' }, /same/],
    ['too few syllables', { ...valid, pinyin: 'xìnfǎng' }, /does not read/],
    ['a digit left unread', { ...valid, term: '985工程', traditional: undefined, pinyin: 'gōng chéng' }, /does not read/],
    ['Latin letters given a syllable', { ...valid, term: 'A股', traditional: undefined, pinyin: 'ēi gǔ' }, /does not read/],
    ['numbered pinyin', { ...valid, pinyin: 'xin4 fang3' }, /tone-marked/],
    ['a misspelt field', { ...valid, pinyinnote: 'x' }, /unknown field/],
    ['related words that are not strings', { ...valid, related: [1] }, /related/],
  ])('rejects %s', (_name, entry, problem) => {
    expect(validateGlossaryEntry(entry).join('\n')).toMatch(problem);
  });
});

describe('validateGlossaryFiles', () => {
  it('reports a term that appears in two files, or as another term’s traditional form', () => {
    const { entries, problems } = validateGlossaryFiles([
      { name: 'a.json', entries: [valid] },
      { name: 'b.json', entries: [{ ...valid, traditional: undefined }, { ...valid, term: '信訪', traditional: undefined }] },
    ]);
    expect(entries).toHaveLength(1);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/b\.json: 信访: duplicate of "信访" in a\.json/);
  });
});

describe('the glossary data (assets/glossary/*.json)', () => {
  let validation: GlossaryValidation;
  beforeAll(async () => {
    validation = validateGlossaryFiles(await readGlossaryFiles());
  });

  it('has only valid, distinct entries', () => {
    expect(validation.problems).toEqual([]);
    expect(validation.entries.length).toBeGreaterThan(100);
  });

  it('covers the petitions, party, government and law categories', () => {
    const counts = new Map<string, number>();
    for (const e of validation.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    for (const category of ['petitions', 'party', 'government', 'law']) expect(counts.get(category)).toBeGreaterThan(10);
    for (const category of counts.keys()) expect(GLOSSARY_CATEGORIES).toContain(category);
  });

  it('agrees with the pinyin module, or says why not', async () => {
    const reader = await createPinyinReader();
    const disagreements = findPinyinDisagreements(validation.entries, (words) => reader.readWords(words));
    expect(disagreements).toEqual([]);
  });

  it('links only to related terms that are in the glossary', () => {
    const terms = new Set(validation.entries.flatMap((e) => (e.traditional ? [e.term, e.traditional] : [e.term])));
    const broken = validation.entries.flatMap((e) => (e.related ?? []).filter((r) => !terms.has(r)).map((r) => `${e.term} → ${r}`));
    expect(broken).toEqual([]);
  });

  it('lists related terms that exist in the glossary or the dictionary-free text only as Chinese', () => {
    for (const entry of validation.entries) {
      for (const related of entry.related ?? []) expect(related, entry.term).toMatch(/\p{Script=Han}/u);
    }
  });
});
