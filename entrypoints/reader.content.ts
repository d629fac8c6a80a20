import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReader } from '../src/content/reader';

/**
 * Injected by the background (registration: 'runtime') into frames the detector classified as
 * Chinese; the detector has already set <html data-dudong>.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    // The background may inject twice (a page classified again); one reader per frame.
    const flags = globalThis as { __dudongReader?: boolean };
    if (flags.__dudongReader) return;
    flags.__dudongReader = true;
    const kind = document.documentElement.getAttribute('data-dudong');
    if (kind === 'article' || kind === 'chinese') void startReader(kind);
  },
});
