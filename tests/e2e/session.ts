/**
 * The per-file setup of every end-to-end test: the fixture server and a browser with the extension
 * installed, started before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export function useExtensionBrowser(
  browserName: BrowserName,
  ready: (server: FixtureServer, browser: ExtensionBrowser) => void | Promise<void>,
): void {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName);
    await ready(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
