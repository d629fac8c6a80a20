import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { defineConfig, type WxtViteConfig } from 'wxt';

const require = createRequire(import.meta.url);
const jiebaWasmFile = join(dirname(require.resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm');
/** Where the build keeps the gzipped copy it ships (src/segment/jieba-web.ts decompresses it). */
const gzippedJiebaWasmFile = join(import.meta.dirname, 'node_modules/.cache/dudong/jieba_rs_wasm_bg.wasm.gz');

// Extension pages (the background) instantiate jieba's WebAssembly; WXT only adds
// 'wasm-unsafe-eval' in dev mode, so production builds need it spelled out.
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

/**
 * jieba-wasm's web build locates its .wasm with `new URL(…, import.meta.url)`, which makes Vite
 * inline the 4 MB binary as base64 into every bundle that imports it. We ship the file once
 * (gzipped, see the `build:publicAssets` hook) and pass it to `init()`, so the expression is removed.
 */
function jiebaWasmAsFile(): NonNullable<WxtViteConfig['plugins']>[number] {
  return {
    name: 'dudong:jieba-wasm-as-file',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('jieba_rs_wasm.js')) return null;
      return code.replace("new URL('jieba_rs_wasm_bg.wasm', import.meta.url)", 'undefined');
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets/public',
  vite: () => ({ plugins: [jiebaWasmAsFile()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      // 4.0 MB shipped as 2.8 MB: without it the install is over its 10 MB budget.
      mkdirSync(dirname(gzippedJiebaWasmFile), { recursive: true });
      writeFileSync(gzippedJiebaWasmFile, gzipSync(readFileSync(jiebaWasmFile), { level: 9 }));
      files.push({ absoluteSrc: gzippedJiebaWasmFile, relativeDest: 'jieba_rs_wasm_bg.wasm.gz' });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    // From assets/public/_locales (English and Simplified Chinese), by the browser's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chrome): a document that holds the language worker while the service worker sleeps.
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The detector (entrypoints/detector.ts) is declared here rather than as a WXT content script,
    // whose wrapper would announce itself to every page.
    // Articles live in iframes too (same-origin or not, srcdoc included): each frame is judged on its
    // own, and the background injects the reader into the frame that holds Chinese.
    // document_end, as soon as the document is parsed: on a page still loading images and ads,
    // document_idle comes up to 200 ms later (Chrome), and the first ruby waits for the verdict. Text a
    // client-rendered site inserts later is caught by watchUntilClassified.
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_end', all_frames: true, match_about_blank: true },
    ],
    // The background injects the reader into pages the detector classified as Chinese; without a
    // user gesture that needs host access (content-script matches do not grant it).
    host_permissions: ['http://*/*', 'https://*/*'],
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dudong@dudong.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
