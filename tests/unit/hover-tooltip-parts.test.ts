/** The tooltip's block for a word with no entry of its own: its reading and its parts (pure view model). */
import { describe, expect, it } from 'vitest';
import type { LookupResponse } from '../../src/messaging/protocol';
import type { PartsView } from '../../src/ui/tooltip/blocks/parts';
import { blockView, buildTooltipView } from '../../src/ui/tooltip/view-model';

const railTransport: LookupResponse = {
  word: '铁路运输',
  simplified: '铁路运输',
  traditional: '铁路运输',
  senses: [],
  characters: [],
  reading: 'tie3 lu4 yun4 shu1',
  parts: [
    { text: '铁路', pinyin: 'tie3 lu4', senses: [{ pinyin: 'tie3 lu4', definitions: ['railroad', 'railway'] }] },
    { text: '运输', pinyin: 'yun4 shu1', senses: [{ pinyin: 'yun4 shu1', definitions: ['to transport', 'to carry', 'transportation'] }] },
  ],
};

describe('the parts block', () => {
  it('shows the reading the page gave and each part with its reading and meaning', () => {
    const view = buildTooltipView(railTransport, { pinyinStyle: 'marks', toneColours: true });
    const parts = blockView<PartsView>(view, 'parts');
    expect(parts?.reading.map((s) => s.text).join(' ')).toBe('tiě lù yùn shū');
    expect(parts?.parts.map((p) => [p.text, p.syllables.map((s) => s.text).join(' '), p.meaning])).toEqual([
      ['铁路', 'tiě lù', 'railroad; railway'],
      ['运输', 'yùn shū', 'to transport; to carry; transportation'],
    ]);
  });

  it('follows the pinyin style, and is absent for a word that has an entry', () => {
    const numbers = blockView<PartsView>(buildTooltipView(railTransport, { pinyinStyle: 'numbers', toneColours: false }), 'parts');
    expect(numbers?.parts[0]!.syllables.map((s) => s.text)).toEqual(['tie3', 'lu4']);
    const entry: LookupResponse = { ...railTransport, senses: railTransport.parts![0]!.senses, parts: undefined, reading: undefined };
    expect(blockView(buildTooltipView(entry, { pinyinStyle: 'marks', toneColours: true }), 'parts')).toBeUndefined();
  });
});
