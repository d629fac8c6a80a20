/** The tooltip's blocks decide in Node what they show: levels, the reader's note, the buttons. */
import { describe, expect, it } from 'vitest';
import type { LookupResponse } from '../../src/messaging/protocol';
import type { ActionsView } from '../../src/ui/tooltip/blocks/actions';
import type { HskLevelView } from '../../src/ui/tooltip/blocks/hsk-level';
import type { OwnNoteView } from '../../src/ui/tooltip/blocks/own-note';
import { blockView, buildTooltipView } from '../../src/ui/tooltip/view-model';

const gongzuo: LookupResponse = {
  word: '工作',
  simplified: '工作',
  traditional: '工作',
  senses: [{ pinyin: 'gong1 zuo4', definitions: ['to work', 'job'] }],
  characters: [],
  level: { hsk3: 1, hsk2: 1, frequency: 'top1000' },
};
const display = { pinyinStyle: 'marks', toneColours: true } as const;

describe('tooltip blocks', () => {
  it('shows the HSK 3.0 band, and the HSK 2.0 level only where it differs', () => {
    expect(blockView<HskLevelView>(buildTooltipView(gongzuo, display), 'hsk-level')).toEqual({ hsk3: 1, frequency: 'top1000' });
    const moved = { ...gongzuo, level: { hsk3: 2, hsk2: 4 } };
    expect(blockView<HskLevelView>(buildTooltipView(moved, display), 'hsk-level')).toEqual({ hsk3: 2, hsk2: 4 });
    const { level: _level, ...unlisted } = gongzuo;
    expect(blockView(buildTooltipView(unlisted, display), 'hsk-level')).toBeUndefined();
  });

  it('puts the head, body and foot blocks in that order of slots', () => {
    const view = buildTooltipView({ ...gongzuo, glossary: { term: '工作', pinyin: 'gōng zuò', gloss: 'work', explanation: '', category: 'labour' } }, display, {
      known: false,
      note: 'my note',
      canSpeak: true,
    });
    expect(view.blocks.map((b) => b.id)).toEqual(['hsk-level', 'glossary', 'own-note', 'actions']);
  });

  it('shows the note, or the editor, and no note block without either', () => {
    expect(blockView<OwnNoteView>(buildTooltipView(gongzuo, display, { note: 'said at work' }), 'own-note')).toEqual({ text: 'said at work', editing: false });
    expect(blockView<OwnNoteView>(buildTooltipView(gongzuo, display, { note: '', editingNote: true }), 'own-note')).toEqual({ text: '', editing: true });
    expect(blockView(buildTooltipView(gongzuo, display, { note: '' }), 'own-note')).toBeUndefined();
  });

  it('offers only the buttons whose features are there, and none while a note is edited', () => {
    expect(blockView(buildTooltipView(gongzuo, display), 'actions')).toBeUndefined();
    expect(blockView<ActionsView>(buildTooltipView(gongzuo, display, { known: true, note: '', canSpeak: false }), 'actions')).toEqual({
      known: true,
      canSpeak: false,
      hasNote: false,
    });
    expect(blockView(buildTooltipView(gongzuo, display, { known: true, note: 'x', editingNote: true }), 'actions')).toBeUndefined();
  });
});

describe('the glossary block', () => {
  it("shows the glossary's reading, digits read out, for a term the dictionary does not know", () => {
    const view = blockView;
    const build = buildTooltipView;
    const project985: LookupResponse = {
      word: '985工程', simplified: '985工程', traditional: '985工程', senses: [], characters: [],
      glossary: { term: '985工程', pinyin: 'jiǔ bā wǔ gōng chéng', gloss: 'Project 985', explanation: '', category: 'education' },
    };
    const glossary = view<{ showReading: boolean; syllables: Array<{ text: string }> }>(build(project985, display), 'glossary')!;
    expect(glossary.showReading).toBe(true);
    expect(glossary.syllables.map((s) => s.text).join(' ')).toBe('jiǔ bā wǔ gōng chéng');
    const withSenses = { ...project985, senses: [{ pinyin: 'gong1 cheng2', definitions: ['project'] }] };
    expect(view<{ showReading: boolean }>(build(withSenses, display), 'glossary')!.showReading).toBe(false);
  });
});
