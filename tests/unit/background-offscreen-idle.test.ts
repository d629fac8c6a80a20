/**
 * The offscreen document's idle watch: it asks to be closed only after `idleMs` with no call running,
 * counted again from the end of the last call.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOffscreenIdleNotice, watchIdle } from '../../src/background/offscreen-idle';
import { OFFSCREEN_TARGET } from '../../src/background/offscreen-relay';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('offscreen idle watch', () => {
  it('fires after the idle time from creation when nothing is called', () => {
    let idle = 0;
    watchIdle(() => idle++, 1000);
    vi.advanceTimersByTime(999);
    expect(idle).toBe(0);
    vi.advanceTimersByTime(1);
    expect(idle).toBe(1);
  });

  it('never fires while a call runs, and counts again from its end', async () => {
    let idle = 0;
    const watch = watchIdle(() => idle++, 1000);
    let finish: () => void = () => {};
    void watch.during(new Promise<void>((ok) => (finish = ok)));
    vi.advanceTimersByTime(5000);
    expect(idle).toBe(0);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    vi.advanceTimersByTime(999);
    expect(idle).toBe(0);
    vi.advanceTimersByTime(1);
    expect(idle).toBe(1);
  });

  it('counts a failed call as finished', async () => {
    let idle = 0;
    const watch = watchIdle(() => idle++, 1000);
    await watch.during(Promise.reject(new Error('worker failed'))).catch(() => undefined);
    vi.advanceTimersByTime(1000);
    expect(idle).toBe(1);
  });

  it('knows its notice from other messages', () => {
    expect(isOffscreenIdleNotice({ target: OFFSCREEN_TARGET, idle: true })).toBe(true);
    expect(isOffscreenIdleNotice({ target: OFFSCREEN_TARGET, method: 'warm', args: [] })).toBe(false);
    expect(isOffscreenIdleNotice({ type: 'analyze' })).toBe(false);
    expect(isOffscreenIdleNotice(null)).toBe(false);
  });
});
