import { describe, expect, it } from 'vitest';
import type { LookupResponse } from '../../src/messaging/protocol';
import type { CharacterLine } from '../../src/ui/tooltip/blocks/characters';
import type { GlossaryBlockView } from '../../src/ui/tooltip/blocks/glossary';
import { blockView, buildTooltipView, toneClass, type TooltipView } from '../../src/ui/tooltip/view-model';

const characters = (view: TooltipView) => blockView<CharacterLine[]>(view, 'characters') ?? [];
const glossary = (view: TooltipView) => blockView<GlossaryBlockView>(view, 'glossary');

const xinfang: LookupResponse = {
  word: '信访',
  simplified: '信访',
  traditional: '信訪',
  senses: [{ pinyin: 'xin4 fang3', definitions: ['letters and visits (from the public)', 'petitioning'] }],
  glossary: {
    term: '信访',
    pinyin: 'xìn fǎng',
    gloss: 'petitioning (letters and visits)',
    explanation: 'The system through which citizens petition the authorities.',
    category: 'governance',
    related: ['上访'],
  },
  characters: [
    { char: '信', senses: [{ pinyin: 'xin4', definitions: ['letter', 'mail', 'to trust', 'to believe', 'sign', 'evidence'] }] },
    { char: '访', senses: [{ pinyin: 'fang3', definitions: ['to visit', 'to call on', 'to seek', 'to inquire'] }] },
  ],
};

const marks = { pinyinStyle: 'marks', toneColours: true } as const;

describe('buildTooltipView', () => {
  it('shows the traditional form only when it differs', () => {
    expect(buildTooltipView(xinfang, marks).traditional).toBe('信訪');
    const same = { ...xinfang, word: '中国', simplified: '中国', traditional: '中国' };
    expect(buildTooltipView(same, marks).traditional).toBeUndefined();
  });

  it('shows a word the page writes in Traditional as written, with its Simplified form beside it', () => {
    const ganbu: LookupResponse = {
      word: '幹部',
      simplified: '干部',
      traditional: '幹部',
      senses: [{ pinyin: 'gan4 bu4', definitions: ['cadre', 'official'] }],
      characters: [],
    };
    const view = buildTooltipView(ganbu, marks);
    expect(view.word).toBe('幹部');
    expect(view.wordIsTraditional).toBe(true);
    expect(view.traditional).toBeUndefined();
    expect(blockView(view, 'simplified-form')).toEqual({ simplified: '干部' });
    expect(view.blocks[0]?.slot).toBe('head');
    // A Simplified word has no such block: its Traditional form is the head's own.
    expect(blockView(buildTooltipView(xinfang, marks), 'simplified-form')).toBeUndefined();
    expect(buildTooltipView(xinfang, marks).wordIsTraditional).toBe(false);
  });

  it('groups senses by reading, keeping the dictionary order', () => {
    const le: LookupResponse = {
      word: '了',
      simplified: '了',
      traditional: '了',
      senses: [
        { pinyin: 'le5', definitions: ['(completed action marker)'] },
        { pinyin: 'liao3', definitions: ['to finish', 'to understand'] },
        { pinyin: 'le5', definitions: ['(modal particle)'] },
      ],
      characters: [],
    };
    const view = buildTooltipView(le, marks);
    expect(view.readings.map((g) => g.syllables.map((s) => s.text).join(' '))).toEqual(['le', 'liǎo']);
    expect(view.readings[0]!.senses.flatMap((s) => s.definitions)).toEqual(['(completed action marker)', '(modal particle)']);
    expect(characters(view)).toEqual([]); // one character: no breakdown
  });

  it('gives each syllable its tone, for colours', () => {
    const view = buildTooltipView(xinfang, marks);
    expect(view.readings[0]!.syllables).toEqual([
      { text: 'xìn', tone: 4 },
      { text: 'fǎng', tone: 3 },
    ]);
    expect(view.readings[0]!.syllables.map((s) => toneClass(s, true))).toEqual(['tone4', 'tone3']);
    expect(toneClass({ text: 'ma', tone: 5 }, true)).toBe('tone5');
    expect(toneClass({ text: '·', tone: 0 }, true)).toBe('');
    expect(toneClass({ text: 'xìn', tone: 4 }, false)).toBe('');
  });

  it('keeps the capital of proper-noun readings and handles ü', () => {
    const beijing: LookupResponse = {
      word: '北京', simplified: '北京', traditional: '北京',
      senses: [{ pinyin: 'Bei3 jing1', definitions: ['Beijing'] }, { pinyin: 'lu:4 se4', definitions: ['green'] }],
      characters: [],
    };
    const view = buildTooltipView(beijing, marks);
    expect(view.readings[0]!.syllables.map((s) => s.text)).toEqual(['Běi', 'jīng']);
    expect(view.readings[1]!.syllables.map((s) => s.text)).toEqual(['lǜ', 'sè']);
  });

  it('writes numbers when the style asks for them', () => {
    const view = buildTooltipView(xinfang, { pinyinStyle: 'numbers', toneColours: true });
    expect(view.readings[0]!.syllables.map((s) => s.text)).toEqual(['xin4', 'fang3']);
  });

  it('carries the glossary note with a tone-marked reading read from either form', () => {
    const view = buildTooltipView(xinfang, marks);
    expect(glossary(view)).toMatchObject({ gloss: 'petitioning (letters and visits)', category: 'governance', related: ['上访'] });
    expect(glossary(view)!.syllables).toEqual([
      { text: 'xìn', tone: 4 },
      { text: 'fǎng', tone: 3 },
    ]);
  });

  it('lists each character of a multi-character word with a short meaning', () => {
    const view = buildTooltipView(xinfang, marks);
    expect(characters(view).map((c) => c.char)).toEqual(['信', '访']);
    expect(characters(view)[0]!.syllables).toEqual([{ text: 'xìn', tone: 4 }]);
    expect(characters(view)[0]!.meaning.startsWith('letter; mail')).toBe(true);
    expect(characters(view)[0]!.meaning.length).toBeLessThanOrEqual(48);
  });

  it('prefers a real meaning over a surname sense for a character', () => {
    const view = buildTooltipView(
      {
        ...xinfang,
        characters: [
          { char: '信', senses: [{ pinyin: 'Xin4', definitions: ['surname Xin'] }, { pinyin: 'xin4', definitions: ['letter'] }] },
          { char: '访', senses: [] },
        ],
      },
      marks,
    );
    expect(characters(view)[0]!.meaning).toBe('letter');
    expect(characters(view)[1]).toEqual({ char: '访', syllables: [], meaning: '' });
  });

  it('limits very long entries', () => {
    const many = Array.from({ length: 20 }, (_, i) => `meaning ${i}`);
    const view = buildTooltipView({ ...xinfang, senses: [{ pinyin: 'da3', definitions: many }] }, marks);
    expect(view.readings[0]!.senses[0]!.definitions).toHaveLength(8);
  });
});

describe('cross-references', () => {
  it('shows measure words and variants as simplified form and reading', () => {
    const gan: LookupResponse = {
      word: '干', simplified: '干', traditional: '乾',
      senses: [
        { pinyin: 'gan1', definitions: ['dry'], traditional: '乾', classifiers: ['個|个[ge4]'] },
        { pinyin: 'gan1', definitions: ['old variant of 乾'], variantOf: ['乾|干[gan1]'] },
        { pinyin: 'gan4', definitions: ['to do'], traditional: '幹', classifiers: ['家[jia1]'] },
      ],
      characters: [],
    };
    const view = buildTooltipView(gan, marks);
    expect(view.readings[0]!.senses[0]).toEqual({ definitions: ['dry'], classifiers: ['个 gè'], variantOf: [], traditional: '乾' });
    expect(view.readings[0]!.senses[1]!.variantOf).toEqual(['干 gān']);
    expect(view.readings[1]!.senses[0]!.classifiers).toEqual(['家 jiā']);
  });
});

describe('zhuyin', () => {
  it('writes bopomofo and keeps the tones for colours', () => {
    const view = buildTooltipView(xinfang, { pinyinStyle: 'zhuyin', toneColours: true });
    const syllables = view.readings[0]!.syllables;
    expect(syllables.map((s) => s.tone)).toEqual([4, 3]);
    for (const s of syllables) expect(s.text).toMatch(/^[\u3100-\u312f\u31a0-\u31bfˊˇˋ˙]+$/);
  });
});
