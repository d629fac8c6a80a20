/**
 * One small driver interface over Chromium (playwright-core, persistent context with the unpacked
 * MV3 build) and Firefox ESR (puppeteer-core over WebDriver BiDi, temporary add-on from the MV2
 * build), so every end-to-end test runs unchanged in both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame as PwFrame, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = (process.env.DUDONG_E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');

/** The built extension: `.output` unless DUDONG_EXT_OUTPUT points elsewhere (a clean build). */
export const OUTPUT_DIR = resolve(process.env.DUDONG_EXT_OUTPUT ?? fileURLToPath(new URL('../../.output', import.meta.url)));
const GECKO_ID = 'dudong@dudong.example';
/** Firefox gives each add-on a random moz-extension:// UUID; a pref pins it so tests can open our pages. */
const FIREFOX_EXTENSION_UUID = '5b0c2d1e-4f43-4d8b-9d3a-d0d0d0d0d0d0';

export interface TestPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page; rejects after `timeoutMs`. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /**
   * Runs `source` in every document this page loads from now on, before the page's own scripts.
   * A string, not a function: tsx/esbuild wrap named inner functions in a `__name` helper that
   * does not exist in the page.
   */
  addInitScript(source: string): Promise<void>;
  /**
   * Moves the real pointer to viewport coordinates: trusted input (CDP Input.dispatchMouseEvent in
   * Chromium, WebDriver BiDi input actions in Firefox), as a user's mouse, not a synthetic event.
   */
  mouseMove(x: number, y: number): Promise<void>;
  /** A real left click at viewport coordinates (trusted input, as mouseMove). */
  mouseClick(x: number, y: number): Promise<void>;
  /** A real key press, by key name as Playwright and Puppeteer spell it: `k`, `Escape`, `Shift+A`, `Control+Enter`. */
  press(key: string): Promise<void>;
  /** Real key presses typing `text` (trusted input). */
  type(text: string): Promise<void>;
  /**
   * Runs `fn(arg)` in an isolated world of the page (or of its frame whose URL contains `frameUrl`):
   * the page's own scripts, and whatever built-ins they rewrote, cannot reach it. `fn` is sent as its
   * source, so it must be self-contained and declare no named inner functions.
   */
  evaluateIsolated<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, frameUrl?: string): Promise<R>;
  /** Console messages of the page's content scripts that are Dudong's warnings or errors (`[dudong] …`). */
  dudongWarnings: string[];
  /** Chromium only: the renderer's performance counters (CDP Performance.getMetrics), e.g. ScriptDuration in s. */
  metrics?(): Promise<Record<string, number>>;
  screenshot(path: string): Promise<void>;
  /** Uncaught exceptions thrown in the page. */
  errors: string[];
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  newPage(): Promise<TestPage>;
  /** Runs `fn` where the extension APIs are available (its worker or one of its pages), e.g. to change settings. */
  evaluateInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Chromium: stops the extension's service worker, as Chrome does when it idles. Firefox: reloads
   * the background page (its state and any request in flight are lost the same way).
   */
  stopBackground?(): Promise<boolean>;
  /**
   * Opens the toolbar popup's page for the tab showing `tabUrl`: popup.html in a new tab beside it,
   * opened without activating it, so the popup's "current tab" is the page's tab as when its toolbar
   * button is clicked. Resolves once the popup has asked the page for its status.
   */
  openPopup(tabUrl: string): Promise<TestPage>;
  /** Chromium only: every URL requested so far by pages and the extension's service worker (not its offscreen document: see netLogPath). */
  requestedUrls?(): string[];
  /**
   * Errors of the extension itself seen so far: uncaught errors and `console.error` of its background
   * (Chromium's service worker), and its content scripts' `[dudong]` warnings and errors.
   */
  extensionErrors(): string[];
  close(): Promise<void>;
}

/** The expression that calls `fn` with `arg`, for evaluating in a world that only takes source text. */
function callSource(fn: (arg: never) => unknown, arg: unknown): string {
  return `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
}

/** Dudong's own warnings and errors in a console message: `[dudong] …` at warning or error level. */
function isDudongWarning(type: string, text: string): boolean {
  return (type === 'warning' || type === 'warn' || type === 'error') && text.includes('[dudong]');
}

export interface LaunchOptions {
  headless?: boolean;
  /** Launch without the extension (baselines for benchmarks). */
  withoutExtension?: boolean;
  /**
   * Chromium only: Chrome's net log of every network request goes here, with each request's
   * initiator: the extension's offscreen document and its workers included, which the driver's
   * request events do not see. Complete once the browser is closed.
   */
  netLogPath?: string;
  /** The browser's interface language, e.g. `zh-CN` (Firefox needs its language pack installed). */
  locale?: string;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

interface IsolatedWorld {
  cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>;
  contextId: number;
}

/** A new isolated world (CDP Page.createIsolatedWorld) in `frame` of `page`. */
async function isolatedWorld(page: PwPage, frame: PwFrame): Promise<IsolatedWorld> {
  // A frame of another site runs in its own process with its own CDP session; others share the page's.
  const cdp = await page.context().newCDPSession(frame).catch(() => page.context().newCDPSession(page));
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const frames = [frameTree];
  for (let i = 0; i < frames.length; i++) frames.push(...(frames[i]!.childFrames ?? []));
  const target = frames.find((f) => f.frame.url === frame.url()) ?? frameTree;
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: target.frame.id, worldName: 'dudong-test-probe' });
  return { cdp, contextId: executionContextId };
}

function wrapPlaywrightPage(page: PwPage): TestPage {
  const worlds = new Map<PwFrame, IsolatedWorld>();
  const errors: string[] = [];
  const dudongWarnings: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (isDudongWarning(m.type(), m.text())) dudongWarnings.push(m.text());
  });
  let cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>> | undefined;
  return {
    errors,
    addInitScript: async (source) => void (await page.addInitScript({ content: source })),
    metrics: async () => {
      if (!cdp) {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
      }
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    dudongWarnings,
    evaluateIsolated: async (fn, arg, frameUrl) => {
      const frame = frameUrl ? page.frames().find((f) => f.url().includes(frameUrl)) : page.mainFrame();
      if (!frame) throw new Error(`no frame at ${frameUrl}`);
      const evaluate = async (world: IsolatedWorld) => {
        const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', {
          expression: callSource(fn as never, arg),
          contextId: world.contextId,
          awaitPromise: true,
          returnByValue: true,
        });
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        return result.value as never;
      };
      // One world per frame document, kept so that what a probe stores in it is there for the next.
      const known = worlds.get(frame);
      if (known) {
        try {
          return await evaluate(known);
        } catch (error) {
          if (!/context|Cannot find/i.test(String(error))) throw error; // else: the frame navigated
        }
      }
      const world = await isolatedWorld(page, frame);
      worlds.set(frame, world);
      return evaluate(world);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15000) =>
      void (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 })),
    close: () => page.close(),
  };
}

async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const ext = join(OUTPUT_DIR, 'chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'dudong-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (!options.withoutExtension) args.unshift(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  if (options.locale) args.push(`--lang=${options.locale}`);
  if (options.netLogPath) args.push(`--log-net-log=${options.netLogPath}`, '--net-log-capture-mode=Default');
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    args,
    // Chromium on Linux takes its interface language from the environment as well as --lang.
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale.replace('-', '_') } } : {}),
    viewport: { width: 1200, height: 900 },
  });
  const requested: string[] = [];
  // Pages, their frames and the extension's service worker all report here.
  context.on('request', (request) => void requested.push(request.url()));
  const extensionErrors: string[] = [];
  context.on('console', (m) => {
    const fromExtension = m.location().url.startsWith('chrome-extension://');
    if (isDudongWarning(m.type(), m.text()) || (fromExtension && m.type() === 'error')) extensionErrors.push(m.text());
  });
  context.on('weberror', (e) => {
    if (e.page() === null) extensionErrors.push(String(e.error()));
  });
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  return {
    name: 'chromium',
    newPage: async () => wrapPlaywrightPage(await context.newPage()),
    evaluateInExtension: async (fn, arg) => (await worker()).evaluate(fn as never, arg) as never,
    requestedUrls: () => [...requested],
    extensionErrors: () => [...extensionErrors],
    openPopup: async (tabUrl) => {
      const popupUrl = await (await worker()).evaluate(openPopupBeside as never, tabUrl);
      const page = context.pages().find((p) => p.url() === popupUrl) ?? (await context.waitForEvent('page', { predicate: (p) => p.url() === popupUrl }));
      const popup = wrapPlaywrightPage(page);
      await popup.waitFor(popupHasStatus, undefined, 15000);
      return popup;
    },
    stopBackground: async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
      if (!target) return false;
      // Closing the worker's target stops it; the next event from a content script restarts it.
      const { success } = await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await cdp.detach();
      return success;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function wrapPuppeteerPage(page: PpPage, extensionErrors: string[]): TestPage {
  const errors: string[] = [];
  const dudongWarnings: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (!isDudongWarning(m.type(), m.text())) return;
    dudongWarnings.push(m.text());
    extensionErrors.push(m.text());
  });
  return {
    errors,
    addInitScript: async (source) => void (await page.evaluateOnNewDocument(source)),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: async (key) => {
      // Puppeteer presses chords by hand: modifiers down, the key, modifiers up.
      const parts = key.split('+');
      const main = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier as never);
      await page.keyboard.press(main as never);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
    },
    type: (text) => page.keyboard.type(text),
    dudongWarnings,
    evaluateIsolated: async (fn, arg, frameUrl) => {
      const frame = frameUrl ? page.frames().find((f) => f.url().includes(frameUrl)) : page.mainFrame();
      if (!frame) throw new Error(`no frame at ${frameUrl}`);
      // Puppeteer's own sandbox realm (a WebDriver BiDi sandbox): Firefox shows it the page through
      // Xray wrappers, so the page's rewritten built-ins are not seen. Not in puppeteer's typings.
      const realm = (frame as unknown as { isolatedRealm(): { evaluate(source: string): Promise<unknown> } }).isolatedRealm();
      return (await realm.evaluate(callSource(fn as never, arg))) as never;
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15000) =>
      void (await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg)),
    close: () => page.close(),
  };
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: options.headless ?? true,
    defaultViewport: { width: 1200, height: 900 },
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access
    // (https://firefox-source-docs.mozilla.org/testing/geckodriver/Flags.html#allow-system-access).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      // The interface language (its language pack is a Debian package: firefox-esr-l10n-zh-cn).
      ...(options.locale ? { 'intl.locale.requested': options.locale, 'extensions.enabledScopes': 15 } : {}),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  if (!options.withoutExtension) await browser.installExtension(join(OUTPUT_DIR, 'firefox-mv2'));
  let extensionPage: PpPage | undefined;
  // Firefox's background page is not reachable over WebDriver BiDi: content scripts' warnings are what it reports.
  const extensionErrors: string[] = [];
  const self: ExtensionBrowser = {
    name: 'firefox',
    newPage: async () => wrapPuppeteerPage(await browser.newPage(), extensionErrors),
    extensionErrors: () => [...extensionErrors],
    evaluateInExtension: async (fn, arg) => {
      if (!extensionPage) {
        const page = await browser.newPage();
        // Any HTML page of ours gets the extension APIs; the popup is always built. Firefox never
        // reports extension pages as loaded to WebDriver BiDi (the navigation "hangs"), so start
        // it and poll for the API instead of awaiting the navigation.
        page.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/popup.html`, { timeout: 60000 }).catch(() => {});
        // Polled by hand: while the tab swaps about:blank for the extension page, an evaluation can
        // fail with a protocol error (seen once in CI) instead of returning false.
        const ready = () =>
          location.protocol === 'moz-extension:' && typeof (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage === 'object';
        const deadline = Date.now() + 15000;
        const attempt = () =>
          Promise.race([page.evaluate(ready).catch(() => false), new Promise<boolean>((ok) => setTimeout(() => ok(false), 1000))]);
        while (!(await attempt())) {
          if (Date.now() > deadline) throw new Error('the extension page did not load in Firefox');
          await new Promise((ok) => setTimeout(ok, 100));
        }
        extensionPage = page;
      }
      return extensionPage.evaluate(fn as never, arg) as never;
    },
    async openPopup(tabUrl) {
      // Firefox reports a tab the extension opens as about:blank to WebDriver BiDi, so it cannot be
      // found by its URL: open a tab here, bring the page's tab to the front, then load the popup
      // into the tab left behind.
      const page = await browser.newPage();
      const popupUrl = await self.evaluateInExtension(activateTabOf, tabUrl);
      page.goto(popupUrl, { timeout: 60000 }).catch(() => {});
      const popup = wrapPuppeteerPage(page, extensionErrors);
      await pollThroughNavigation(popup, popupHasStatus, 15000);
      return popup;
    },
    async stopBackground() {
      return self.evaluateInExtension(() => {
        const scope = globalThis as unknown as { browser: { extension: { getBackgroundPage(): Window | null } } };
        const background = scope.browser.extension.getBackgroundPage();
        background?.location.reload();
        return background !== null;
      });
    },
    close: () => browser.close(),
  };
  return self;
}

interface TabsApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string; windowId?: number; index: number; active: boolean }>>;
    create(p: object): Promise<unknown>;
    update(id: number, p: object): Promise<unknown>;
  };
  runtime: { getURL(p: string): string };
}

/**
 * Runs in the extension: opens popup.html in a tab beside the one showing `tabUrl`, in its window,
 * without activating it (the popup reads the active tab of its window), and returns its URL. The
 * hash makes the URL unique, so the test finds this tab and no other extension page.
 */
async function openPopupBeside(tabUrl: string): Promise<string> {
  const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  const api = scope.browser ?? scope.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === tabUrl);
  if (!tab?.id) throw new Error(`no tab shows ${tabUrl}`);
  if (!tab.active) await api.tabs.update(tab.id, { active: true });
  const url = api.runtime.getURL(`/popup.html#for-tab-${tab.id}-${Date.now()}`);
  await api.tabs.create({ url, active: false, windowId: tab.windowId, index: tab.index + 1 });
  return url;
}

/** Runs in the extension: makes the tab showing `tabUrl` the active one and returns the popup's URL. */
async function activateTabOf(tabUrl: string): Promise<string> {
  const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  const api = scope.browser ?? scope.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === tabUrl);
  if (!tab?.id) throw new Error(`no tab shows ${tabUrl}`);
  await api.tabs.update(tab.id, { active: true });
  return api.runtime.getURL('/popup.html');
}

/** In the popup: it has shown what the page's reader said (or that there is none). */
function popupHasStatus(): boolean {
  return document.getElementById('page-note') !== null && document.documentElement.dataset.ready === 'true';
}

/**
 * Opens one of the extension's pages (`/options.html`) in a new tab; resolves once `ready` holds in
 * it. The navigation is not awaited: Firefox never reports extension pages as loaded to WebDriver BiDi.
 */
export async function openExtensionPage(browser: ExtensionBrowser, path: string, ready: () => unknown, timeoutMs = 20000): Promise<TestPage> {
  const url = await browser.evaluateInExtension(
    (p: string) => (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL(p),
    path,
  );
  const page = await browser.newPage();
  void page.goto(url).catch(() => undefined);
  await pollThroughNavigation(page, ready, timeoutMs);
  return page;
}

/**
 * Polls `ready` in a tab that is still swapping about:blank for another page. By hand, not with
 * waitFor: in Firefox a wait begun in about:blank can end with a protocol error when the document
 * goes ("right-hand side of 'in' should be an object, got null", seen in full runs), and an
 * evaluation can hang; each try is given a second. `ready` must be false in about:blank.
 */
export async function pollThroughNavigation(page: TestPage, ready: () => unknown, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const attempt = () =>
    Promise.race([page.evaluate(ready).then(Boolean, () => false), new Promise<boolean>((ok) => setTimeout(() => ok(false), 1000))]);
  while (!(await attempt())) {
    if (Date.now() > deadline) throw new Error(`the page never became ready (${String(ready).slice(0, 100)})`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
