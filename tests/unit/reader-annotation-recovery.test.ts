import { describe, expect, it } from 'vitest';
import { createAnnotationRecovery } from '../../src/content/annotation-recovery';
import { BackgroundError } from '../../src/messaging/answer';

const quiet = () => {};

describe('createAnnotationRecovery', () => {
  it('says "retrying" while the background is away and nothing once it answers', async () => {
    const states: unknown[] = [];
    const recovery = createAnnotationRecovery({ delays: [1, 1], log: quiet, onChange: (s) => states.push(s) });
    let calls = 0;
    const analyze = recovery.wrap(async () => {
      if (++calls === 1) throw new BackgroundError('unreachable', 'service worker stopped');
      return 'annotated';
    });
    expect(await analyze()).toBe('annotated');
    expect(states).toEqual(['retrying', undefined]);
    expect(recovery.trouble).toBeUndefined();
  });

  it('says "failed" once the session gives up, until a retry or a later success', async () => {
    const recovery = createAnnotationRecovery({ delays: [1], log: quiet });
    const analyze = recovery.wrap(async () => Promise.reject(new BackgroundError('failed', 'wasm failed to load')));
    await analyze().catch((error: unknown) => recovery.failed(error));
    expect(recovery.trouble).toBe('failed');
    recovery.reset();
    expect(recovery.trouble).toBeUndefined();
    await analyze().catch((error: unknown) => recovery.failed(error));
    expect(recovery.trouble).toBe('failed');
    await recovery.wrap(async () => 'ok')();
    expect(recovery.trouble).toBeUndefined();
  });
});
