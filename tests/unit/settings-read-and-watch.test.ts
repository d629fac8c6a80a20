import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAndWatch } from '../../src/settings/read-and-watch';
import { loadReaderSettings, setEnabledOnSite, watchReaderSettings, type ReaderSettings } from '../../src/settings/site-settings';

const SITE = 'news.example.cn';
const flush = () => new Promise((ok) => setTimeout(ok, 0));

/** A read of the reader's settings that, the first time, waits for `release` before it reads. */
function slowFirstRead() {
  let release!: () => void;
  const gate = new Promise<void>((ok) => (release = ok));
  let reads = 0;
  const read = async (): Promise<ReaderSettings> => {
    reads += 1;
    const settings = loadReaderSettings(SITE);
    if (reads === 1) await gate;
    return settings;
  };
  return { read, release: () => release(), reads: () => reads };
}

describe('readAndWatch: reading settings and following their changes with no gap', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a switch flipped while the first read is in flight is in the first value (the stale read is read again)', async () => {
    await setEnabledOnSite(SITE, false);
    const slow = slowFirstRead();
    const watching = readAndWatch(slow.read, watchReaderSettings);
    await flush();
    await setEnabledOnSite(SITE, true); // the popup's switch, while storage is still answering
    slow.release();
    const watched = await watching;
    expect(watched.initial.enabledHere).toBe(true);
    expect(slow.reads()).toBe(2);
    watched.stop();
  });

  it('reads once when nothing changes', async () => {
    const slow = slowFirstRead();
    slow.release();
    const watched = await readAndWatch(slow.read, watchReaderSettings);
    expect(watched.initial).toEqual({ enabledHere: true, hideSpam: true });
    expect(slow.reads()).toBe(1);
    watched.stop();
  });

  it('a change after the first value but before anyone listens reaches the listener', async () => {
    const watched = await readAndWatch(() => loadReaderSettings(SITE), watchReaderSettings);
    expect(watched.initial.enabledHere).toBe(true);
    await setEnabledOnSite(SITE, false); // while the caller still waits on its other reads
    await flush();
    const heard: ReaderSettings[] = [];
    watched.listen((settings) => heard.push(settings));
    await flush();
    expect(heard).toEqual([{ enabledHere: false, hideSpam: true }]);
    watched.stop();
  });

  it('once listening, every change is heard with its fresh value; after stop, none is', async () => {
    const watched = await readAndWatch(() => loadReaderSettings(SITE), watchReaderSettings);
    const heard: boolean[] = [];
    watched.listen((settings) => heard.push(settings.enabledHere));
    await setEnabledOnSite(SITE, false);
    await flush();
    await setEnabledOnSite(SITE, true);
    await flush();
    expect(heard).toEqual([false, true]);
    watched.stop();
    await setEnabledOnSite(SITE, false);
    await flush();
    expect(heard).toEqual([false, true]);
  });
});
