/**
 * Real-browser harness for the hover modules: bundles tests/browser/hover-page-entry.ts with Vite
 * (library mode, IIFE, in memory), serves test pages on a localhost origin (a secure context, so the
 * Clipboard API is available) and loads the bundle as `window.dudongTest`.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';

export type DudongTestApi = typeof import('./hover-page-entry');
declare global {
  interface Window {
    dudongTest: DudongTestApi;
  }
}

const ORIGIN = 'http://localhost:8731';
let bundle: Promise<string> | undefined;

export function bundleHoverModules(): Promise<string> {
  bundle ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: new URL('./hover-page-entry.ts', import.meta.url).pathname,
        formats: ['iife'],
        name: 'dudongTest',
      },
    },
  }).then((result) => {
    const outputs = Array.isArray(result) ? result : [result];
    const first = outputs[0] as { output: Array<{ type: string; code?: string }> };
    const chunk = first.output.find((o) => o.type === 'chunk');
    if (!chunk?.code) throw new Error('no bundle produced');
    return chunk.code;
  });
  return bundle;
}

export interface HoverBrowser {
  browser: Browser;
  context: BrowserContext;
  /** A fresh page showing `body` (inside a standard document with `head`) with the modules loaded. */
  open(body: string, head?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchHoverBrowser(options: { hasTouch?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<HoverBrowser> {
  const code = await bundleHoverModules();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context = await browser.newContext({
    viewport: { width: 800, height: 600 },
    hasTouch: options.hasTouch ?? false,
    colorScheme: options.colorScheme ?? 'light',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  let pages = 0;
  return {
    browser,
    context,
    async open(body, head = '') {
      const page = await context.newPage();
      const path = `/page-${pages++}.html`;
      const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
      await page.route(`${ORIGIN}${path}`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
      await page.goto(`${ORIGIN}${path}`);
      await page.addScriptTag({ content: code });
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Runs `fn` with `this` bound to the tooltip's (closed) shadow root, through the DevTools
 * protocol, which sees roots of either mode. Returns undefined when there is no tooltip.
 */
export async function inTooltipRoot<R>(page: Page, fn: string): Promise<R | undefined> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.nodeName === 'DUDONG-TOOLTIP');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      returnByValue: true,
    });
    return result.result.value as R;
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/** The tooltip's visible text, or '' when hidden or absent. */
export async function tooltipText(page: Page): Promise<string> {
  const visible = await page.evaluate(() => {
    const host = document.querySelector('dudong-tooltip') as HTMLElement | null;
    return !!host && getComputedStyle(host).display !== 'none';
  });
  if (!visible) return '';
  return (await inTooltipRoot<string>(page, 'function () { return this.querySelector(".panel").innerText; }')) ?? '';
}

/** The centre of the first client rect of the `index`-th character of the text matching `selector`. */
export async function charCentre(page: Page, selector: string, text: string, index = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector, text, index }) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + index);
        range.setEnd(node, at + index + 1);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`${text} not found in ${selector}`);
    },
    { selector, text, index },
  );
}
