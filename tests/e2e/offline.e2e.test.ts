/**
 * Dudong makes no network request of its own: reading and hovering the seed page fetches nothing
 * but the page's own origin and the extension's own files (its wasm, dictionary and model).
 * The driver reports requests from pages and the extension's service worker; the language worker
 * in the offscreen document is only seen by Chrome's net log, where a request it made would carry
 * the extension's origin as its initiator.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type ExtensionBrowser } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readThrough, waitForAnnotationToSettle } from './page-probes';

describe('offline in chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  const logDir = mkdtempSync(join(tmpdir(), 'dudong-netlog-'));
  const netLogPath = join(logDir, 'net-log.json');
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch('chromium', { netLogPath });
  });
  afterAll(async () => {
    await server.close();
    rmSync(logDir, { recursive: true, force: true });
  });

  it('requests only the page’s origin and the extension’s own files', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seed-page.html'));
    await waitForAnnotationToSettle(page, '.content');
    await readThrough(page);
    const at = await page.evaluate(() => {
      const ruby = document.querySelector('ruby.dudong[data-dudong-word="信访"]')!;
      ruby.scrollIntoView({ block: 'center' });
      const rect = ruby.getBoundingClientRect();
      return { x: rect.left + 2, y: rect.bottom - 2 };
    });
    await page.mouseMove(at.x, at.y); // real input: Dudong ignores synthetic events
    await page.waitFor(() => document.querySelector('dudong-tooltip') !== null);
    const urls = browser.requestedUrls!();
    // The check must have seen the extension at work, or it proves nothing: the service worker loads
    // a file of its own, and the ruby and the tooltip come from the language worker.
    expect(urls.some((u) => u.startsWith('chrome-extension://'))).toBe(true);
    const foreign = urls.filter((u) => !u.startsWith(server.origin) && !u.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
    await page.close();
    await browser.close();
    // Chrome's own services (sign-in, updates) show in the net log too, without an initiator.
    const initiators = [...readFileSync(netLogPath, 'utf8').matchAll(/"initiator":"([^"]*)"/g)].map((m) => m[1]!);
    expect(initiators).toContain(server.origin);
    expect(initiators.filter((i) => i.startsWith('chrome-extension://'))).toEqual([]);
  });
});
