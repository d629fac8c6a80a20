/**
 * The pointer entering a ruby word starts its lookup before the hover debounce ends, one lookup in
 * flight at a time, and the hover then shares the cached answer.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedBackend, type HoverBackend } from '../../src/hover/lookup-client';
import { createLookupPrefetch } from '../../src/hover/lookup-prefetch';
import type { LookupResponse } from '../../src/messaging/protocol';

const { document, Element } = parseHTML(`<!doctype html><html><body><p>
  <ruby class="dudong" data-dudong-wid="1" data-dudong-word="信访" data-dudong-reading="xin4 fang3">信访<rt>xìn fǎng</rt></ruby>
  <ruby class="dudong" data-dudong-wid="2" data-dudong-word="工作" data-dudong-reading="gong1 zuo4">工作<rt>gōng zuò</rt></ruby>
  <ruby class="dudong" data-dudong-wid="3" data-dudong-word="民情">民情<rt>mín qíng</rt></ruby>
  <span id="plain">普通</span></p></body></html>`);

const saved = globalThis.Element;
beforeAll(() => Object.assign(globalThis, { Element }));
afterAll(() => Object.assign(globalThis, { Element: saved }));

/** A backend whose answers the test releases one by one. */
function slowBackend() {
  const asked: string[] = [];
  const pending: Array<() => void> = [];
  const backend: HoverBackend = {
    lookup: (word, reading) => {
      asked.push(`${word}|${reading ?? ''}`);
      return new Promise<LookupResponse | null>((ok) => pending.push(() => ok(null)));
    },
    longestMatch: async () => 0,
  };
  const answerNext = async () => {
    pending.shift()?.();
    await new Promise((ok) => setTimeout(ok, 0));
  };
  return { backend, asked, answerNext };
}

const rt = (word: string) => document.querySelector(`ruby[data-dudong-word="${word}"] rt`);

describe('lookup prefetch', () => {
  it('asks for the word the pointer entered, with its reading, once per ruby', () => {
    const { backend, asked } = slowBackend();
    const prefetch = createLookupPrefetch(backend);
    prefetch(rt('信访'));
    prefetch(rt('信访')?.parentElement ?? null);
    prefetch(document.getElementById('plain'));
    expect(asked).toEqual(['信访|xin4 fang3']);
  });

  it('keeps one lookup in flight: words crossed meanwhile are skipped for the last one', async () => {
    const { backend, asked, answerNext } = slowBackend();
    const prefetch = createLookupPrefetch(backend);
    prefetch(rt('信访'));
    prefetch(rt('工作'));
    prefetch(rt('民情'));
    expect(asked).toEqual(['信访|xin4 fang3']);
    await answerNext();
    expect(asked).toEqual(['信访|xin4 fang3', '民情|']);
  });

  it('lets the hover share the lookup it started (one request through the cache)', async () => {
    const { backend, asked, answerNext } = slowBackend();
    const cached = cachedBackend(backend);
    createLookupPrefetch(cached)(rt('工作'));
    const hover = cached.lookup('工作', 'gong1 zuo4');
    await answerNext();
    await expect(hover).resolves.toBeNull();
    expect(asked).toEqual(['工作|gong1 zuo4']);
  });
});
