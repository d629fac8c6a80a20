/**
 * A line pasted once between the writer's seams, marked by the page's cohesion (sessions 29–30,
 * issue 12): the runs of ./once-runs.ts scored by small boosted trees (./once-run-weights.json,
 * fitted by scripts/spam/fit-once-runs.py on the dev split of scripts/spam/once28-styles.ts and
 * ./once30-styles.ts — another story's news sentences and chatty lines beside the writer's
 * digressions and asides —, the dev corpus articles and the dev CPP Wikipedia pages under a
 * news-style headline, every run of the two latter a negative).
 *
 * - **Page gate.** Nothing is read on a page whose clauses do not echo each other (more than
 *   MAX_PAGE_SILENT of its clauses print no Han pair the rest of the page prints: a list, a digest,
 *   the stress test's CPP pages), or that has too few clauses to say (MIN_PAGE_CLAUSES).
 * - **Tiers.** A run scoring MARK_LOG_ODDS or more is marked (`data-dudong-suspect`); the best run
 *   of overlapping ones only. The level is the lowest where once30's held-out pages keep precision
 *   ≥ 0.9 (2.5: 14 of 244 pieces, P 0.935; at 2.0, the level dev out-of-fold chose, P 0.674: the
 *   writer's digressions of held-out wordings score as high as a paste). Never hidden: no level
 *   reaches P 0.995 on more than a handful of pieces.
 */
import { scoreBound, scoreTrees, type Trees } from './boosted-trees';
import { COSTLY_FEATURES, ONCE_RUN_FEATURES, onceRunDrafts, type OnceRun } from './once-runs';
import { pageOffsets, type SpamPage } from './page';
import type { SpamSpan } from './types';
import weights from './once-run-weights.json';

const MODEL = weights as Trees;
export const MARK_LOG_ODDS = 2.5;
const MAX_PAGE_SILENT = 0.3;
const MIN_PAGE_CLAUSES = 8;
const SILENT = ONCE_RUN_FEATURES.indexOf('pageSilent');

export interface ScoredRun extends OnceRun {
  logOdds: number;
}

const COSTLY = new Set(COSTLY_FEATURES);

/**
 * Every run of the page with its log-odds; none on a page that does not cohere. With `level`, only
 * the runs that reach it: a run whose cheap features already hold its score below the level is
 * dropped before its costly ones are read (the same runs come out as scoring every run in full).
 */
export function scoredOnceRuns(page: SpamPage, level = -Infinity): ScoredRun[] {
  const drafts = onceRunDrafts(page);
  if (!pageCoheres(page, drafts)) return [];
  const out: ScoredRun[] = [];
  for (const draft of drafts) {
    if (scoreBound(MODEL, draft.features, COSTLY) < level) continue;
    const run = draft.finish();
    const logOdds = scoreTrees(MODEL, run.features);
    if (logOdds >= level) out.push({ ...run, logOdds });
  }
  return out;
}

function pageCoheres(page: SpamPage, runs: readonly OnceRun[]): boolean {
  const clauses = page.paragraphs.reduce((n, p) => n + (p.isHeadline ? 0 : (p.text.match(/[，,；;：:。！？!?]/gu)?.length ?? 0)), 0);
  if (clauses < MIN_PAGE_CLAUSES) return false;
  // pageSilent leaves the run's own clauses out: the least silent reading is the page's.
  const silent = Math.min(...runs.map((r) => r.features[SILENT] ?? 1));
  return silent <= MAX_PAGE_SILENT;
}

export function onceRunSpans(page: SpamPage, level = MARK_LOG_ODDS): SpamSpan[][] {
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  const taken: ScoredRun[] = [];
  for (const run of scoredOnceRuns(page, level)
    .sort((a, b) => b.logOdds - a.logOdds)) {
    if (taken.some((t) => t.paragraph === run.paragraph && t.start < run.end && run.start < t.end)) continue;
    taken.push(run);
    const paragraph = page.paragraphs[run.paragraph];
    if (!paragraph) continue;
    const [start, end] = pageOffsets(paragraph, run.start, run.end);
    out[run.paragraph]?.push({
      start,
      end,
      family: 'sentence',
      confidence: 1 / (1 + Math.exp(-run.logOdds)),
      tier: 'suspect',
      reason: 'A line that echoes nothing else on the page, standing between the writer’s clauses.',
    });
  }
  return out;
}
