/**
 * The per-file setup of every end-to-end test: the fixture server and a browser with the extension
 * installed, started before the file's tests and closed after them. A page a test opened and left
 * open (a failed expectation skips its close) is closed after the test: a million-character page
 * left running keeps the extension's background busy, and the tests after it would fail for that.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type TestPage } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export function useExtensionBrowser(
  browserName: BrowserName,
  ready: (server: FixtureServer, browser: ExtensionBrowser) => void | Promise<void>,
): void {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  /** Pages opened by the running test (not by a beforeAll, whose pages the file's tests share). */
  let opened: Set<TestPage> | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName);
    const newPage = browser.newPage.bind(browser);
    browser.newPage = async () => {
      const page = await newPage();
      opened?.add(page);
      return page;
    };
    await ready(server, browser);
  });
  beforeEach(() => {
    opened = new Set();
  });
  afterEach(async () => {
    const left = opened ?? new Set<TestPage>();
    opened = undefined;
    // Closing a page twice is harmless in both drivers, so pages a test closed itself are not tracked.
    await Promise.all([...left].map((page) => page.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
