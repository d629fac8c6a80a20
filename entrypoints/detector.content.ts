/**
 * Runs on every http(s) page: decides whether Dudong has anything to do here. Kept tiny (no wasm,
 * no dictionary, no Readability; most of its 20 KB is WXT's wrapper and webextension-polyfill): on
 * the non-Chinese web it reads a few thousand characters of text, marks the page `off` and stops.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendPageClassified } from '../src/detect/send-classified';
import { watchUntilClassified } from '../src/detect/watch';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    watchUntilClassified(document, (kind) => {
      if (kind !== 'off') sendPageClassified(kind);
    });
  },
});
