import '../../scripts/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension: one file at a time, long timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 90000,
  },
});
