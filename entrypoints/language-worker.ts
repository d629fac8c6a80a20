import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startLanguageWorker } from '../src/background/language-worker';

/** Started with `new Worker('/language-worker.js')` by the background (Firefox) or the offscreen document (Chrome). */
export default defineUnlistedScript(() => {
  startLanguageWorker(self as unknown as Parameters<typeof startLanguageWorker>[0]);
});
