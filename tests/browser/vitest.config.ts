import '../../scripts/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

/** Real-browser tests: `npm run test:browser` (Chromium from /usr/bin/chromium, headless). */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
