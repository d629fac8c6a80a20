/**
 * The marked level of the `line` kind (a whole sentence of another article pasted once), calibrated
 * on farm styles it was never trained on rather than on the development generator it was trained
 * with: the lowest level at which 80% of the line candidates above are pasted, by the lower bound at
 * half a standard error as train-decision.ts measures its tiers, on the unseen styles' held-out pages
 * (seed 41: same-domain sentences pasted once, and the hosts clean), and above every line candidate
 * of the clean pages written for the marks' precision that may be looked at (marks-clean-pages.ts,
 * split dev). The fresh pages (seed 47), the held-out clean pages, the corpus and the stress test are
 * only reported (bench-unseen.ts --split=fresh, bench-offtopic.ts, npm run bench:spam).
 *
 *   npx tsx scripts/spam/calibrate-line-level.ts
 *
 * The level belongs to the shipped line model: retraining the kind means running this again.
 */
import { analyzeSpam } from '../../src/spam/index';
import type { ScoredCandidate } from '../../src/spam/decide';
import { MARKS_CLEAN_PAGES } from '../../tests/fixtures/marks-clean-pages';
import { labelOf } from './dev-examples';
import { createNodeSpamTools } from './node-tools';
import { countsAbove, LEVELS, levelFor, lowerBound, type Scored } from './tier-levels';
import { unseenHosts, unseenPagesOf } from './unseen-hosts';
import { SENTENCE_POSITIONS } from './unseen-styles';

const MARKED_PRECISION = 0.8;
const MARGIN_Z = 0.5;

const tools = await createNodeSpamTools();
const cut = (text: string): string[] => tools.segmenter.cut(text);
const linesOf = (title: string, paragraphs: readonly string[]): ScoredCandidate[] => analyzeSpam(title, paragraphs, tools).scored.filter((c) => c.kind === 'line');

const scored: Scored[] = [];
unseenHosts('heldout').forEach((host, h) => {
  for (const c of linesOf(host.title, host.paragraphs)) scored.push({ p: c.probability, label: 0 });
  for (const { page } of unseenPagesOf(host, h, 'heldout', cut, SENTENCE_POSITIONS)) {
    for (const c of linesOf(host.title, page.paragraphs)) {
      const label = labelOf(c, page.truth);
      if (label !== null) scored.push({ p: c.probability, label });
    }
  }
});
const cleanTop = Math.max(0, ...MARKS_CLEAN_PAGES.filter((p) => p.split === 'dev').flatMap((p) => linesOf(p.title, p.paragraphs).map((c) => c.probability)));

console.log('level  pasted / above  share  lower bound');
for (const { level, right, above } of countsAbove(scored)) console.log(`${level.toFixed(3)}  ${right} / ${above}  ${above ? (right / above).toFixed(3) : '  -  '}  ${lowerBound(right, above, MARGIN_Z).toFixed(3)}`);
const byPrecision = levelFor(scored, MARKED_PRECISION, MARGIN_Z);
const aboveClean = LEVELS.find((level) => level > cleanTop) ?? 1.01;
console.log(`80% level on the unseen held-out pages: ${byPrecision}; highest line candidate on the dev clean pages: ${cleanTop.toFixed(3)} (next level ${aboveClean})`);
console.log(`line marked level: ${Math.max(byPrecision, aboveClean)}`);
