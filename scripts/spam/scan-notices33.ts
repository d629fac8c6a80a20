/**
 * Clean scan (s33-classes): the three notice finders of session 33 alone (their only entry into the pipeline) on
 * every clean page the scans read (./clean-scan-pages.ts, with SIGHAN's long pages): titles and paragraphs, as
 * written (each finder reads its Simplified view itself). A page they find nothing on reads as on main.
 *
 *   npx tsx scripts/spam/scan-notices33.ts
 */
import { findBlockerNotices } from '../../src/spam/find-blocker-notices';
import { findGameAds } from '../../src/spam/find-game-ads';
import { findParcelNotices } from '../../src/spam/find-parcel-notices';
import { cleanScanPages } from './clean-scan-pages';

const finders = { 'blocker-notices': findBlockerNotices, 'game-ads': findGameAds, 'parcel-notices': findParcelNotices };
const sets = new Map<string, { pages: number; texts: number; found: number }>();
for (const page of await cleanScanPages({ long: true })) {
  const set = sets.get(page.set) ?? { pages: 0, texts: 0, found: 0 };
  sets.set(page.set, set);
  set.pages++;
  for (const text of [page.title, ...page.texts]) {
    set.texts++;
    for (const [name, find] of Object.entries(finders))
      for (const s of find(text)) {
        set.found += s.end - s.start;
        console.log(`${page.set} ${name} [${s.tier}] ${text.slice(s.start, s.end)} ← ${text.slice(0, 50)}`);
      }
  }
}
for (const [name, s] of sets) console.log(`${name.padEnd(20)} pages ${s.pages}, texts ${s.texts}: ${s.found} characters found`);
