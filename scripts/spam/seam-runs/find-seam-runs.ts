/**
 * Runs pasted inside or between the writer's sentences, found by their seams (./seam-runs.ts) and
 * weighed by one calibrated score of their features (./seam-run-features.ts), for classes nobody
 * wrote a finder for (session 28; QA27: inside a sentence 16.4% hidden, between sentences 22.8%).
 *
 * **Not shipped (a measuring tool): it did not reach the product's precision.** On the dev split of
 * ../seams28-styles.ts (542 pages, 485,536 runs: 5,469 inside a paste, 433,120 the writer's) the
 * best-scoring 3,000 runs were 35% pasted (19% of pasted runs); no level kept dev's writer's runs at
 * 0 hidden or nine in ten of its runs pasted, so leave-one-class-out on held-out is 0 hidden, 0
 * marked. The seam features carry almost nothing once a run is cut at two breaks (dev means, pasted
 * / writer's: gain −0.12 / −0.15, bridge 0.16 / 0.15, edge fits 0.15 / 0.15, ×10 nats); what
 * separates is the page (Han pairs shared 0.06 / 0.40, topic cosine 0.27 / 0.44) and the register.
 *
 * A logistic score of the features, weights fitted on the dev split of ../seams28-styles.ts
 * (../train-seam-runs.ts, ../seam-runs-fit.ts); levels chosen so dev's writer's runs keep 0 hidden. Per paragraph
 * the best-scoring runs are taken first and runs overlapping a taken one are dropped.
 */
import weights from './seam-run-weights.json';
import { pageOffsets, type SpamPage } from '../../../src/spam/page';
import { seamRunFeatures } from './seam-run-features';
import { seamReader, seamRuns, type SeamRun } from './seam-runs';
import type { SpamSpan } from '../../../src/spam/types';

export interface SeamRunModel {
  bias: number;
  weights: readonly number[];
  /** Score at or above: hidden; at or above `mark`: suspect. */
  hide: number;
  mark: number;
}

export const SEAM_RUN_MODEL: SeamRunModel = weights;
const SUSPECT_CONFIDENCE = 0.3;

export interface ScoredRun extends SeamRun {
  features: number[];
  score: number;
}

export function scoreRun(model: SeamRunModel, x: readonly number[]): number {
  let z = model.bias;
  x.forEach((v, k) => (z += v * (model.weights[k] ?? 0)));
  return 1 / (1 + Math.exp(-z));
}

/** Every run of the page with its features and score (benches read these). */
export function scoredSeamRuns(page: SpamPage, model: SeamRunModel = SEAM_RUN_MODEL): ScoredRun[] {
  const lm = page.tools.languageModel;
  if (!lm) return [];
  const reader = seamReader(lm);
  const runs = page.paragraphs.flatMap((paragraph, p) => (paragraph.isHeadline ? [] : seamRuns(paragraph, p, reader)));
  const features = seamRunFeatures(page, runs);
  return runs.map((r, k) => ({ ...r, features: features[k] ?? [], score: scoreRun(model, features[k] ?? []) }));
}

/** The best non-overlapping runs at or above `level`, per paragraph. */
export function pickRuns(runs: readonly ScoredRun[], level: number): ScoredRun[] {
  const taken: ScoredRun[] = [];
  for (const r of [...runs].filter((x) => x.score >= level).sort((a, b) => b.score - a.score))
    if (!taken.some((t) => t.paragraph === r.paragraph && t.start < r.end && r.start < t.end)) taken.push(r);
  return taken;
}

export function seamRunSpans(page: SpamPage, model: SeamRunModel = SEAM_RUN_MODEL): SpamSpan[][] {
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  if (model.mark > 1) return out;
  for (const r of pickRuns(scoredSeamRuns(page, model), model.mark)) {
    const paragraph = page.paragraphs[r.paragraph];
    if (!paragraph) continue;
    const [start, end] = pageOffsets(paragraph, r.start, r.end);
    const hidden = r.score >= model.hide;
    out[r.paragraph]?.push({
      start,
      end,
      family: 'sentence',
      // A mark yields to any other finder's span over the same text (mergeSpans keeps the more
      // confident): a suspect run must not trim what another finder hid.
      confidence: hidden ? r.score : Math.min(r.score, SUSPECT_CONFIDENCE),
      tier: hidden ? 'hidden' : 'suspect',
      reason: 'A run that breaks the sentence at both ends and is not about the story: pasted in.',
    });
  }
  return out;
}
