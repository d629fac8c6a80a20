import { defineConfig } from 'vitest/config';

// vitest 5's reporter calls Map.groupBy (Node ≥ 21) when printing failures; Node 20 lacks it.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

// Real-browser tests of the hover modules (Chromium via playwright-core, modules bundled by Vite).
// Run: npx vitest run --config tests/browser/hover.vitest.config.ts
export default defineConfig({
  test: {
    include: ['tests/browser/{hover,tooltip}*.browser.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
