import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReader } from '../src/content/reader';
import { pageVerdict } from '../src/detect/page-verdict';

/**
 * Injected by the background (registration: 'runtime') into frames the detector classified as
 * Chinese. The kind comes from the detector through the extension's own script world, not from
 * `<html data-dudong>`: the page can write that attribute, and must not switch Dudong that way.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // ctx.signal aborts when the extension is disabled or updated, or when the reader is injected
    // again (WXT invalidates the older instance): the reader then restores the page, and a newer
    // instance, if any, starts from the restored page.
    const kind = pageVerdict();
    if (kind) void startReader(kind, ctx.signal);
  },
});
