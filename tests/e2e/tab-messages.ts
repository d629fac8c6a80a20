/**
 * A message to a test page's reader, sent from inside the extension the way the popup sends it: to
 * the top frame of the tab whose URL ends in `file`. Resolves to the reader's answer, or null when
 * no reader answers (the page has none yet, or it is between documents).
 */
import type { ExtensionBrowser } from './browsers';

interface TabsApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: object, options: object): Promise<unknown>;
  };
}

export function messageTab(browser: ExtensionBrowser, file: string, message: object): Promise<unknown> {
  // Runs in the extension, serialised: everything it needs comes in through its argument.
  return browser.evaluateInExtension(
    async (arg: { file: string; message: object }) => {
      // Promise-based in both: Firefox's `browser`, Chrome MV3's `chrome`.
      const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const api = scope.browser ?? scope.chrome;
      const [tab] = await api.tabs.query({ url: `*://127.0.0.1/*${arg.file}` });
      return api.tabs.sendMessage(tab!.id!, arg.message, { frameId: 0 }).catch(() => null);
    },
    { file, message },
  );
}
