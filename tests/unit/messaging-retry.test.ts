import { describe, expect, it, vi } from 'vitest';
import { BackgroundError } from '../../src/messaging/answer';
import { isTransient, withRetry } from '../../src/messaging/retry';

const noWait = async () => {};

describe('withRetry', () => {
  it('retries a background that went away, with growing waits, until it answers', async () => {
    const waits: number[] = [];
    let calls = 0;
    const run = withRetry(
      async (x: number) => {
        if (++calls < 3) throw new BackgroundError('unreachable', 'service worker stopped');
        return x * 2;
      },
      { delays: [100, 400, 1600], sleep: async (ms) => void waits.push(ms) },
    );
    expect(await run(21)).toBe(42);
    expect(waits).toEqual([100, 400]);
  });

  it('gives up after the last wait with the last error', async () => {
    const onRetry = vi.fn();
    const run = withRetry(async () => Promise.reject(new BackgroundError('failed', 'wasm failed')), { delays: [1, 1], sleep: noWait, onRetry });
    await expect(run()).rejects.toMatchObject({ code: 'failed' });
    expect(onRetry.mock.calls.map(([attempt]) => attempt)).toEqual([1, 2]);
  });

  it('does not retry what would fail the same way', async () => {
    for (const code of ['invalid-request', 'too-large'] as const) {
      let calls = 0;
      const run = withRetry(async () => {
        calls++;
        throw new BackgroundError(code, code);
      }, { delays: [1, 1, 1], sleep: noWait });
      await expect(run()).rejects.toMatchObject({ code });
      expect(calls).toBe(1);
    }
    expect(isTransient(new Error('a bug in the caller'))).toBe(false);
  });

  it('stops when the page is switched off', async () => {
    const stop = new AbortController();
    let calls = 0;
    const run = withRetry(async () => {
      calls++;
      throw new BackgroundError('unreachable', 'gone');
    }, { delays: [1, 1, 1], signal: stop.signal, sleep: async () => stop.abort() });
    await expect(run()).rejects.toMatchObject({ code: 'unreachable' });
    expect(calls).toBe(1);
  });
});
