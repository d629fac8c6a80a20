import { describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { callLanguageService, languageServiceOver, serveLanguageService, type MessageEnd } from '../../src/background/language-rpc';
import { createLocalLanguageService, type LanguageService } from '../../src/background/language-service';
import type { LanguageTools } from '../../src/background/language-tools';

const tools: LanguageTools = {
  segmenter: { cut: (text) => [...text] },
  pinyin: { readWords: (words) => words.map((w) => [...w].map(() => 'zi4')) },
  dictionary: {
    lookup: (word, reading) => ({ word, simplified: word, traditional: word, senses: reading ? [{ pinyin: reading, definitions: ['x'] }] : [], characters: [] }),
    longestMatch: (text) => (text.startsWith('信访') ? 2 : 0),
    hasWord: () => true,
    customWords: () => [],
  },
};
const local = () => createLocalLanguageService({ all: async () => tools, dictionary: async () => tools.dictionary });

/** A Node MessagePort as the DOM-like end the RPC expects. */
function end(port: MessagePort): MessageEnd & { fail(message: string): void } {
  const listeners: Array<(event: MessageEvent) => void> = [];
  const errorListeners: Array<(event: MessageEvent & ErrorEvent) => void> = [];
  port.on('message', (data) => listeners.forEach((l) => l({ data } as MessageEvent)));
  return {
    postMessage: (message) => port.postMessage(message),
    addEventListener: ((type: string, listener: never) => (type === 'error' ? errorListeners : listeners).push(listener)) as MessageEnd['addEventListener'],
    fail: (message) => errorListeners.forEach((l) => l({ message } as MessageEvent & ErrorEvent)),
  };
}

function connected(service: LanguageService) {
  const { port1, port2 } = new MessageChannel();
  serveLanguageService(service, end(port1));
  const clientEnd = end(port2);
  return { client: languageServiceOver(clientEnd), clientEnd, close: () => (port1.close(), port2.close()) };
}

describe('the language service across a thread boundary', () => {
  it('answers as the service in the same thread does', async () => {
    const { client, close } = connected(local());
    const request = { title: '', paragraphs: ['中文', '新闻'], findSpam: false, tokensFor: [1] };
    expect(await client.analyze(request)).toEqual(await local().analyze(request));
    expect(await client.lookup('行长', 'hang2 zhang3')).toEqual(await local().lookup('行长', 'hang2 zhang3'));
    expect(await client.longestMatch('信访工作')).toBe(2);
    await expect(client.warm('chinese')).resolves.toBeUndefined();
    close();
  });

  it('passes a failure on as a rejection with its message', async () => {
    const failing = createLocalLanguageService({ all: async () => Promise.reject(new Error('wasm failed')), dictionary: async () => tools.dictionary });
    const { client, close } = connected(failing);
    await expect(client.analyze({ title: '', paragraphs: ['中文'], findSpam: false })).rejects.toThrow('wasm failed');
    close();
  });

  it('rejects the calls waiting on a worker that failed, instead of leaving them hanging', async () => {
    const { port1, port2 } = new MessageChannel();
    const clientEnd = end(port2);
    const client = languageServiceOver(clientEnd);
    const asking = client.longestMatch('信访');
    clientEnd.fail('out of memory');
    await expect(asking).rejects.toThrow('out of memory');
    port1.close();
    port2.close();
  });

  it('reads null arguments (what JSON makes of an absent one) as absent', async () => {
    const seen: unknown[] = [];
    const service = { ...local(), lookup: async (...args: unknown[]) => (seen.push(...args), null) } as LanguageService;
    await callLanguageService(service, 'lookup', ['信访', null]);
    expect(seen).toEqual(['信访', undefined]);
  });
});
