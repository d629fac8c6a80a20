import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReader } from '../src/content/reader';

/**
 * Injected by the background (registration: 'runtime') into frames the detector classified as
 * Chinese; the detector has already set <html data-dudong>.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // ctx.signal aborts when the extension is disabled or updated, or when the reader is injected
    // again (WXT invalidates the older instance): the reader then restores the page, and a newer
    // instance, if any, starts from the restored page.
    const kind = document.documentElement.getAttribute('data-dudong');
    if (kind === 'article' || kind === 'chinese') void startReader(kind, ctx.signal);
  },
});
