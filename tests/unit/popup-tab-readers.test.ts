import { describe, expect, it } from 'vitest';
import type { ReaderStatus } from '../../src/messaging/tab-protocol';
import { combineStatuses } from '../../src/ui/popup/tab-readers';

const chinese: ReaderStatus = { kind: 'chinese', active: true, spamHidden: 0, spamSuspect: 0, revealed: false };
const article: ReaderStatus = { kind: 'article', active: true, spamHidden: 3, spamSuspect: 1, revealed: false };

describe('one status for a tab whose frames have readers', () => {
  it('is null without readers, and the reader itself with one', () => {
    expect(combineStatuses([])).toBeNull();
    expect(combineStatuses([article])).toEqual(article);
  });

  it('is an article when a frame holds one, even if the top page is only Chinese', () => {
    expect(combineStatuses([chinese, article])).toEqual({ kind: 'article', active: true, spamHidden: 3, spamSuspect: 1, revealed: false });
  });

  it('sums spam and places the page fought over, and is revealed or active when any frame is', () => {
    const other: ReaderStatus = { kind: 'article', active: false, spamHidden: 2, spamSuspect: 2, revealed: true, fought: 1 };
    expect(combineStatuses([article, other, { ...chinese, fought: 2 }])).toEqual({
      kind: 'article',
      active: true,
      spamHidden: 5,
      spamSuspect: 3,
      revealed: true,
      fought: 3,
    });
  });

  it('adds up the words of every frame and keeps the worst trouble', () => {
    const top: ReaderStatus = { ...article, words: { known: 2, new: 5 }, trouble: 'retrying' };
    const frame: ReaderStatus = { ...article, spamHidden: 0, words: { known: 1, new: 1 }, trouble: 'failed' };
    expect(combineStatuses([top, frame])).toMatchObject({ words: { known: 3, new: 6 }, trouble: 'failed' });
    expect(combineStatuses([top, article])?.trouble).toBe('retrying');
  });

  it('is read on request when a frame with no article was asked for its pinyin, and not once an article is found', () => {
    expect(combineStatuses([chinese, { ...chinese, onRequest: true }])).toMatchObject({ kind: 'chinese', onRequest: true });
    expect(combineStatuses([chinese, chinese])?.onRequest).toBeUndefined();
    expect(combineStatuses([article, { ...chinese, onRequest: true }])?.onRequest).toBeUndefined();
  });
});
