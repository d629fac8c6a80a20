/**
 * The seam-run score (src/spam/find-seam-runs.ts): dumps every run's features with its label from
 * ./seams28-styles.ts's pages and the clean hosts (Simplified and Traditional), then fits a logistic
 * score on dev and reports leave-one-class-out on held-out.
 *
 *   npx tsx scripts/spam/train-seam-runs.ts --dump=dev|heldout   (writes scratch/seam-runs-<split>.json)
 *   npx tsx scripts/spam/seam-runs-fit.ts                         (fits, LOCO, writes the weights)
 *
 * Labels: 1 when the run lies within a paste (≥ 80% of it) and covers ≥ 60% of it; 0 when it
 * touches no paste (the writer's text: look-alikes flagged); runs partly over a paste are left out.
 */
import { writeFileSync } from 'node:fs';
import { analyzeSpam } from '../../src/spam/index';
import { pageOffsets } from '../../src/spam/page';
import { scoredSeamRuns } from './seam-runs/find-seam-runs';
import type { Split } from './inject';
import { createNodeSpamTools } from './node-tools';
import { seams28Hosts, seams28Page, PAGES_PER_HOST, type Seams28Page } from './seams28-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--dump='))?.split('=')[1] ?? 'dev') as Split;
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const cut = (t: string): string[] => tools.segmenter.cut(t);

export interface RunRow {
  /** Page id (host × page; clean hosts: -1 - host). */
  page: number;
  clean: boolean;
  label: 0 | 1 | -1;
  cls: string;
  place: string;
  lookalike: boolean;
  paragraph: number;
  start: number;
  end: number;
  /** Characters of the paste it lies in (for recall in characters). */
  pasteLength: number;
  pasteId: number;
  x: number[];
}

const rows: RunRow[] = [];
let ms = 0;
let pages = 0;

function dump(title: string, paragraphs: string[], pageId: number, clean: boolean, page: Seams28Page | null): void {
  const analysis = analyzeSpam(title, paragraphs, tools);
  const t0 = performance.now();
  const runs = scoredSeamRuns(analysis.page);
  ms += performance.now() - t0;
  pages++;
  for (const r of runs) {
    const para = analysis.page.paragraphs[r.paragraph];
    if (!para) continue;
    const [start, end] = pageOffsets(para, r.start, r.end);
    let label: 0 | 1 | -1 = 0;
    let cls = '';
    let place = '';
    let pasteLength = 0;
    let pasteId = -1;
    page?.pastes.forEach((paste, k) => {
      if (paste.paragraph !== r.paragraph) return;
      const o = Math.max(0, Math.min(end, paste.end) - Math.max(start, paste.start));
      if (o === 0) return;
      const len = paste.end - paste.start;
      label = o >= 0.8 * (end - start) && o >= 0.6 * len ? 1 : -1;
      cls = paste.cls;
      place = paste.place;
      pasteLength = len;
      pasteId = pageId * 10 + k;
    });
    const la = page?.lookalike;
    const lookalike = !!la && la.paragraph === r.paragraph && Math.min(end, la.end) > Math.max(start, la.start);
    rows.push({ page: pageId, clean, label, cls, place, lookalike, paragraph: r.paragraph, start, end, pasteLength, pasteId, x: r.features.map((v) => Math.round(v * 1e4) / 1e4) });
  }
}

seams28Hosts(split).forEach((host, h) => {
  dump(host.title, [...host.paragraphs], -1 - 2 * h, true, null);
  dump(toTraditional(host.title), host.paragraphs.map(toTraditional), -2 - 2 * h, true, null);
  for (let n = 0; n < PAGES_PER_HOST; n++) {
    const page = seams28Page(host, h, n, split, cut, toTraditional);
    if (page) dump(page.title, page.paragraphs, h * 100 + n, false, page);
  }
});
writeFileSync(`scratch/seam-runs-${split}.json`, JSON.stringify(rows));
console.log(`${split}: ${pages} pages, ${rows.length} runs (${rows.filter((r) => r.label === 1).length} pasted, ${rows.filter((r) => r.label === 0).length} writer's), ${(ms / pages).toFixed(1)} ms a page for the runs`);
