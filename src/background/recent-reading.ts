/**
 * Chrome: whether the language worker (42 MB, 1.5–2.7 s to start on a busy 2-core machine) opens
 * when the browser starts. A reader who had a Chinese page in the last two weeks gets it warm for
 * the first article of the session (first ruby in about 0.2 s instead of seconds); a browser that
 * has shown no Chinese for that long does not hold it, and opens it on its next Chinese page.
 * Installing or updating Dudong warms it too: someone who just added a Chinese reader is about to
 * read Chinese. The document still closes after ten minutes unused (offscreen-idle.ts).
 */
import * as v from 'valibot';
import { defineValidatedItem } from '../settings/validated-item';

export const RECENT_READING_MS = 14 * 24 * 60 * 60_000;
/** The stored time moves at most once an hour: one storage write per hour of reading, not per page. */
const NOTE_EVERY_MS = 60 * 60_000;

/** When this browser last showed a page the detector found Chinese (ms since the epoch; 0: never). */
export const lastChinesePageItem = defineValidatedItem('local:reader.lastChinesePageAt', {
  schema: v.pipe(v.number(), v.integer(), v.minValue(0)),
  fallback: 0,
  version: 1,
});

interface TimeItem {
  getValue(): Promise<number>;
  setValue(value: number): Promise<void>;
}

export function recentReading(item: TimeItem = lastChinesePageItem, now: () => number = Date.now) {
  return {
    /** A page was found Chinese. */
    async noteChinesePage(): Promise<void> {
      const at = now();
      if (at - (await item.getValue()) >= NOTE_EVERY_MS) await item.setValue(at);
    },
    /** Whether the browser start should warm the worker. */
    async readChineseRecently(): Promise<boolean> {
      const last = await item.getValue();
      return last > 0 && now() - last < RECENT_READING_MS;
    },
  };
}
