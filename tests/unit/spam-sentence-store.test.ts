import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPastedSentenceStore, MAX_SITES, SENTENCE_TTL_MS } from '../../src/background/pasted-sentences';

const A = '小编觉得这件事情真的很有意思';
const B = '大家怎么看这个问题欢迎留言讨论';
const DAY = 24 * 60 * 60 * 1000;

describe('the store of pasted sentences', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one storage item per site, and two tabs remembering at once both count', async () => {
    const store = createPastedSentenceStore();
    await Promise.all([store.remember('farm.example', [A]), store.remember('farm.example', [B]), store.remember('other.example', [B])]);
    expect((await store.get('farm.example')).sort()).toEqual([A, B].sort());
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((key) => key.startsWith('pastedSentences/') && !key.endsWith('$')).sort()).toEqual([
      'pastedSentences/farm.example',
      'pastedSentences/other.example',
    ]);
  });

  it('forgets a sentence not seen again within its time, and a sentence seen again lives on', async () => {
    let clock = 1_000_000;
    const store = createPastedSentenceStore(() => clock);
    await store.remember('farm.example', [A, B]);
    clock += SENTENCE_TTL_MS - DAY;
    await store.remember('farm.example', [B]);
    clock += 2 * DAY;
    expect(await store.get('farm.example')).toEqual([B]);
    clock += SENTENCE_TTL_MS;
    expect(await store.get('farm.example')).toEqual([]);
  });

  it('lists what it keeps for the options page, and forgets one site or all', async () => {
    let clock = 5;
    const store = createPastedSentenceStore(() => clock++);
    await store.remember('a.example', [A]);
    await store.remember('b.example', [B]);
    expect((await store.list()).map((s) => [s.site, s.sentences.map((x) => x.text)])).toEqual([
      ['b.example', [B]],
      ['a.example', [A]],
    ]);
    await store.forget('b.example');
    expect((await store.list()).map((s) => s.site)).toEqual(['a.example']);
    await store.forgetAll();
    expect(await store.list()).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('pastedSentences/'))).toEqual([]);
  });

  it('keeps at most MAX_SITES sites, dropping the least recently updated', async () => {
    let clock = 0;
    const store = createPastedSentenceStore(() => ++clock);
    for (let i = 0; i <= MAX_SITES; i++) await store.remember(`site${i}.example`, [A]);
    const sites = (await store.list()).map((s) => s.site);
    expect(sites).toHaveLength(MAX_SITES);
    expect(sites).not.toContain('site0.example');
  });

  it('moves version 1 (every site in one object) into one item per site', async () => {
    await fakeBrowser.storage.local.set({ pastedSentences: { 'farm.example': [A, B] } });
    const store = createPastedSentenceStore();
    expect(await store.get('farm.example')).toEqual([A, B]);
    expect(await fakeBrowser.storage.local.get('pastedSentences')).toEqual({});
  });
});
