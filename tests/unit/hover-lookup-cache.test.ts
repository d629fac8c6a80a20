import { describe, expect, it } from 'vitest';
import { cachedBackend, messagingBackend, type HoverBackend } from '../../src/hover/lookup-client';
import { createBackgroundClient } from '../../src/messaging/ask-background';

function countingBackend() {
  const calls: string[] = [];
  let failNext = false;
  const backend: HoverBackend = {
    async lookup(word, reading) {
      calls.push(reading ? `lookup:${word}:${reading}` : `lookup:${word}`);
      if (failNext) {
        failNext = false;
        throw new Error('background restarting');
      }
      return { word, simplified: word, traditional: word, senses: [], characters: [] };
    },
    async longestMatch(text) {
      calls.push(`match:${text}`);
      return text.length;
    },
  };
  return { backend, calls, failOnce: () => (failNext = true) };
}

describe('cachedBackend', () => {
  it('keeps the same word read two ways apart', async () => {
    const { backend, calls } = countingBackend();
    const cached = cachedBackend(backend);
    await cached.lookup('还', 'hai2');
    await cached.lookup('还', 'huan2');
    await cached.lookup('还', 'hai2');
    expect(calls).toEqual(['lookup:还:hai2', 'lookup:还:huan2']);
  });

  it('asks the background once per word and once per text', async () => {
    const { backend, calls } = countingBackend();
    const cached = cachedBackend(backend);
    await cached.lookup('信访');
    await cached.lookup('信访');
    expect(await cached.longestMatch('信访案件')).toBe(4);
    await cached.longestMatch('信访案件');
    expect(calls).toEqual(['lookup:信访', 'match:信访案件']);
  });

  it('forgets the least recently used answers beyond its limit', async () => {
    const { backend, calls } = countingBackend();
    const cached = cachedBackend(backend, 2);
    await cached.lookup('a');
    await cached.lookup('b');
    await cached.lookup('a'); // a is now the most recent
    await cached.lookup('c'); // evicts b
    await cached.lookup('a');
    await cached.lookup('b');
    expect(calls).toEqual(['lookup:a', 'lookup:b', 'lookup:c', 'lookup:b']);
  });

  it('does not keep failures', async () => {
    const { backend, calls, failOnce } = countingBackend();
    const cached = cachedBackend(backend);
    failOnce();
    await expect(cached.lookup('信访')).rejects.toThrow('restarting');
    expect((await cached.lookup('信访'))?.word).toBe('信访');
    expect(calls).toEqual(['lookup:信访', 'lookup:信访']);
  });
});

describe('messagingBackend', () => {
  it('never caches a missing answer as "no entry"', async () => {
    // The service worker died mid-request: the first lookup gets no answer, the next one the entry.
    const entry = { word: '信访', simplified: '信访', traditional: '信訪', senses: [], characters: [] };
    const replies: unknown[] = [undefined, { ok: true, value: entry }];
    const cached = cachedBackend(messagingBackend(createBackgroundClient(async () => replies.shift()), []));
    await expect(cached.lookup('信访')).rejects.toThrow();
    expect(await cached.lookup('信访')).toEqual(entry);
  });

  it('asks once more when the background went away mid-request', async () => {
    const entry = { word: '信访', simplified: '信访', traditional: '信訪', senses: [], characters: [] };
    const replies: Array<() => unknown> = [
      () => Promise.reject(new Error('The message port closed before a response was received.')),
      () => ({ ok: true, value: entry }),
    ];
    const backend = messagingBackend(createBackgroundClient(async () => replies.shift()!()), [1]);
    expect(await backend.lookup('信访')).toEqual(entry);
  });
});
