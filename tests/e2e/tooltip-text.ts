/**
 * Reads the tooltip of a tab from outside: its shadow root is closed, so the text is read with the
 * extension's own privilege to open it (chrome.dom.openOrClosedShadowRoot in Chromium,
 * element.openOrClosedShadowRoot in Firefox), from a script injected into the tab: no test hook in
 * the product.
 */
import type { ExtensionBrowser } from './browsers';

/** Text of the shown tooltip's panel in the tab showing `url` (in whichever frame shows it), or null when there is none. */
export async function tooltipText(browser: ExtensionBrowser, url: string): Promise<string | null> {
  return browser.evaluateInExtension(async (url: string) => {
    const g = globalThis as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const tabsApi = g.browser?.tabs ?? g.chrome.tabs;
    const tabs: Array<{ id: number; url?: string }> = await tabsApi.query({});
    const tab = tabs.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab for ${url}`);
    if (g.browser?.tabs?.executeScript) {
      // Firefox (MV2): content scripts may open closed roots through openOrClosedShadowRoot.
      const texts: Array<string | null> = await g.browser.tabs.executeScript(tab.id, {
        allFrames: true,
        code: `(() => { const host = document.querySelector('dudong-tooltip');
          const root = host && getComputedStyle(host).display !== 'none' && host.openOrClosedShadowRoot;
          return root ? root.querySelector('.panel').innerText : null; })()`,
      });
      return texts.find((text) => text) ?? null;
    }
    const injections: Array<{ result?: unknown }> = await g.chrome.scripting.executeScript({
      target: { tabId: tab.id, allFrames: true },
      func: () => {
        const host = document.querySelector('dudong-tooltip');
        const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }).chrome.dom;
        const root = host && getComputedStyle(host).display !== 'none' ? dom.openOrClosedShadowRoot(host) : null;
        return root ? (root.querySelector('.panel') as HTMLElement).innerText : null;
      },
    });
    return (injections.map((injection) => injection.result).find((text) => text) as string | undefined) ?? null;
  }, url);
}

/** The viewport centre of the first element matching `selector` in the shown tooltip of the tab showing `url`. */
export async function tooltipElementCentre(browser: ExtensionBrowser, url: string, selector: string): Promise<{ x: number; y: number } | null> {
  return browser.evaluateInExtension(
    async ({ url, selector }: { url: string; selector: string }) => {
      const g = globalThis as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const tabsApi = g.browser?.tabs ?? g.chrome.tabs;
      const tabs: Array<{ id: number; url?: string }> = await tabsApi.query({});
      const tab = tabs.find((t) => t.url === url);
      if (!tab) throw new Error(`no tab for ${url}`);
      if (g.browser?.tabs?.executeScript) {
        const [centre] = await g.browser.tabs.executeScript(tab.id, {
          code: `(() => { const host = document.querySelector('dudong-tooltip');
            const root = host && getComputedStyle(host).display !== 'none' && host.openOrClosedShadowRoot;
            const element = root && root.querySelector(${JSON.stringify(selector)});
            if (!element) return null;
            const r = element.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
        });
        return centre as { x: number; y: number } | null;
      }
      const [injection] = await g.chrome.scripting.executeScript({
        target: { tabId: tab.id },
        args: [selector],
        func: (selector: string) => {
          const host = document.querySelector('dudong-tooltip');
          const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }).chrome.dom;
          const root = host && getComputedStyle(host).display !== 'none' ? dom.openOrClosedShadowRoot(host) : null;
          const element = root?.querySelector(selector);
          if (!element) return null;
          const r = element.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        },
      });
      return injection.result as { x: number; y: number } | null;
    },
    { url, selector },
  );
}
