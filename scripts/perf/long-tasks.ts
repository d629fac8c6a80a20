/**
 * What the long tasks of a page are: loads one bench:perf page (default the ×30 page, scrolled to the
 * middle after the first window) in Chromium without and with the extension, and prints every main-thread
 * task of 40 ms CPU or more with what it spent its time on (script by source, style, layout, parse…).
 *
 *   npm run build && flock /work/coord/browser.lock npx tsx scripts/perf/long-tasks.ts [page] [threshold-ms]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, measurePage } from './chromium';
import { servePages, type PageName } from './pages';
import { describeLongTasks } from './trace';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXTENSION = join(resolve(process.env.DUDONG_EXT_OUTPUT ?? join(ROOT, '.output')), 'chrome-mv3');
const page = (process.argv[2] ?? 'long') as PageName;
const threshold = Number(process.argv[3] ?? 40);

const server = await servePages();
try {
  for (const withExtension of [false, true]) {
    const bench = await launchChromium(withExtension ? EXTENSION : null);
    try {
      await new Promise((ok) => setTimeout(ok, 1000));
      // A first load warms the extension's worker, as bench:perf's seed loads do before the long page.
      if (withExtension) await measurePage(bench, server.url('seed'), [3000]);
      const figures = await measurePage(bench, server.url(page), page === 'long' ? [6000, 2000] : [6000], async (p) => {
        await p.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
      }, (trace, origin) => describeLongTasks(trace, origin, threshold));
      console.log(`\n== ${page} ${withExtension ? 'WITH' : 'without'} Dudong: rubies ${figures.rubies}`);
      console.log(figures.described ?? '');
    } finally {
      await bench.close();
    }
  }
} finally {
  await server.close();
}
