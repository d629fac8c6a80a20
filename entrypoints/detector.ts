/**
 * Runs on every http(s) page: decides whether Dudong has anything to do here. Kept tiny (no wasm,
 * no dictionary, no Readability): on the non-Chinese web it reads a few thousand characters of text
 * and stops, having written nothing and sent nothing.
 *
 * An unlisted script declared in wxt.config.ts, not a WXT content script: WXT's content-script
 * wrapper announces every start to the page (a CustomEvent on `document` and a `window.postMessage`
 * naming the extension's id), which would let any site see that Dudong is installed.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendPageClassified } from '../src/detect/send-classified';
import { watchUntilClassified } from '../src/detect/watch';

export default defineUnlistedScript(() => {
  watchUntilClassified(document, (kind) => {
    if (kind !== 'off') sendPageClassified(kind);
  });
});
