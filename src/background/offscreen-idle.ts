/**
 * Chrome: the offscreen document and its language worker hold about 42 MB. They are opened when a
 * page is first found Chinese (the detector's verdict warms them), not at browser start, and closed
 * again after a long time without a call: the document counts the calls it relays and, once none
 * came for `OFFSCREEN_IDLE_MS`, asks the service worker to close it (only the service worker may:
 * chrome.offscreen is not available in the document). The next page opens it again (a cold start).
 */
import { OFFSCREEN_TARGET } from './offscreen-relay';

/** Ten minutes: longer than a reader spends on one article without hovering a word or opening another. */
export const OFFSCREEN_IDLE_MS = 10 * 60_000;

export interface OffscreenIdleNotice {
  target: typeof OFFSCREEN_TARGET;
  idle: true;
}

export function isOffscreenIdleNotice(message: unknown): message is OffscreenIdleNotice {
  const notice = message as Partial<OffscreenIdleNotice> | null;
  return notice?.target === OFFSCREEN_TARGET && notice.idle === true;
}

export interface IdleWatch {
  /** Wraps one call: the document is busy until it settles. */
  during<T>(call: Promise<T>): Promise<T>;
}

/** Calls `onIdle` once no call has been running for `idleMs` (counted from creation too). */
export function watchIdle(onIdle: () => void, idleMs = OFFSCREEN_IDLE_MS): IdleWatch {
  let running = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    if (running === 0) timer = setTimeout(onIdle, idleMs);
  };
  arm();
  return {
    during(call) {
      running++;
      clearTimeout(timer);
      const settle = () => {
        running--;
        arm();
      };
      call.then(settle, settle);
      return call;
    },
  };
}
