import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastChinesePageItem, RECENT_READING_MS, recentReading } from '../../src/background/recent-reading';

const HOUR = 60 * 60_000;

describe('whether the browser start warms the language worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not for a browser that never showed a Chinese page', async () => {
    expect(await recentReading(lastChinesePageItem, () => 5 * HOUR).readChineseRecently()).toBe(false);
  });

  it('does within two weeks of the last Chinese page, and not after', async () => {
    let now = 100 * HOUR;
    const reading = recentReading(lastChinesePageItem, () => now);
    await reading.noteChinesePage();
    expect(await lastChinesePageItem.getValue()).toBe(100 * HOUR);
    now += RECENT_READING_MS - 1;
    expect(await reading.readChineseRecently()).toBe(true);
    now += 1;
    expect(await reading.readChineseRecently()).toBe(false);
  });

  it('writes the time at most once an hour while the reader goes from page to page', async () => {
    let now = 100 * HOUR;
    const reading = recentReading(lastChinesePageItem, () => now);
    await reading.noteChinesePage();
    now += HOUR - 1;
    await reading.noteChinesePage();
    expect(await lastChinesePageItem.getValue()).toBe(100 * HOUR);
    now += 1;
    await reading.noteChinesePage();
    expect(await lastChinesePageItem.getValue()).toBe(101 * HOUR);
  });

  it('reads a corrupt stored time as never', async () => {
    await fakeBrowser.storage.local.set({ 'reader.lastChinesePageAt': 'yesterday' });
    expect(await recentReading(lastChinesePageItem, () => 5 * HOUR).readChineseRecently()).toBe(false);
  });
});
