import { describe, expect, it } from 'vitest';
import type { LookupResponse } from '../../src/messaging/protocol';
import type { PossiblyInsertedView } from '../../src/ui/tooltip/blocks/possibly-inserted';
import { blockView, buildTooltipView } from '../../src/ui/tooltip/view-model';

const lookup: LookupResponse = {
  word: '信访',
  simplified: '信访',
  traditional: '信訪',
  senses: [{ pinyin: 'xin4 fang3', definitions: ['petitioning'] }],
  characters: [],
};
const display = { pinyinStyle: 'marks', toneColours: false } as const;

describe('the possibly-inserted tooltip block', () => {
  it('shows the family and reason of the suspect span the word lies in, before the other body blocks', () => {
    const suspect = { family: 'title', reason: 'A piece of the headline, pasted where it does not fit.' };
    const view = buildTooltipView(lookup, display, { suspect });
    expect(blockView<PossiblyInsertedView>(view, 'possibly-inserted')).toEqual(suspect);
    expect(view.blocks.filter((b) => b.slot === 'body')[0]?.id).toBe('possibly-inserted');
  });

  it('is absent for a word outside every suspect span', () => {
    expect(blockView(buildTooltipView(lookup, display, {}), 'possibly-inserted')).toBeUndefined();
  });
});
