/**
 * Draws the toolbar icon (读 on a red seal-like square) in headless Chromium and saves it at the
 * sizes WXT picks up from `assets/public/icon/`. Run once when the design changes:
 *   npx tsx scripts/make-icons.ts
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const outDir = new URL('../assets/public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${size * 0.22}px;background:#c8102e;
      display:flex;align-items:center;justify-content:center;color:#fff;
      font:700 ${size * 0.78}px/1 'Noto Serif CJK SC','Noto Sans CJK SC',serif">读</div></body></html>`);
  await page.screenshot({ path: new URL(`${size}.png`, outDir).pathname, omitBackground: true });
}
await browser.close();
console.log(`icons written: ${SIZES.join(', ')} px`);
