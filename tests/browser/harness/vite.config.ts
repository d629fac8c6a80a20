import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Bundles the reader harness for real-browser tests: `npx vite build --config tests/browser/harness/vite.config.ts`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../.output/browser-harness', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    assetsInlineLimit: 0,
    lib: { entry: 'reader-harness.ts', formats: ['es'], fileName: () => 'reader-harness.js' },
  },
});
