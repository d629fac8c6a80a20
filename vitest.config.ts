import './scripts/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // A guard against hangs, not a speed check: on a 2-core machine shared with other jobs the first
    // test of a file that loads jieba, the language model and the spam models can take 10 s and more.
    testTimeout: 30_000,
    // The same for a file's setup (loading jieba, CC-CEDICT and the models in beforeAll): under a
    // load of 15–19 on 2 cores it passed vitest's 10 s default and a file's own 30 s.
    hookTimeout: 120_000,
  },
});
