/**
 * The one threshold table of the decision: a candidate's probability of being pasted decides
 * whether it is hidden (high), shown with a quiet mark for the reader to judge (medium), or left
 * alone (low). Precision first: a real word hidden is worse than a pasted one shown, so what the
 * score is unsure of is marked, not hidden.
 *
 * One row per kind of candidate: each kind's score is calibrated on its own candidates, whose
 * share of pasted ones differs (most repeated lines are pasted, few headline words are). The
 * levels are measured when the model is trained (scripts/spam/train-decision.ts, out of fold on
 * the development pages: hidden where 99.5% of candidates above are pasted, marked where 80%) and
 * ship with it; the benchmark prints each kind's precision–recall curve around them.
 */
import { DECISION_MODEL, type CandidateKind, type DecisionModel, type Thresholds } from './score';
import type { SpamSpan } from './types';

export type { Thresholds };

/** A level no probability reaches. */
const NEVER = 1.01;

/** The tiers of a model's kinds, with the one policy the training data cannot show. */
export function tiersFor(model: DecisionModel): Record<CandidateKind, Thresholds> {
  return {
    piece: model.piece.tiers,
    headline: model.headline.tiers,
    sentence: model.sentence.tiers,
    // A line pasted once is only ever marked: its trained level held on the development articles
    // but not on the stress test's Wikipedia text (230 of 578,644 characters hidden at it), whose
    // first-person narration and asides read like pasted chatter to it. Until it holds on text
    // unlike the training pages, the reader judges.
    once: { hidden: NEVER, suspect: model.once.tiers.suspect },
  };
}

export const TIERS: Record<CandidateKind, Thresholds> = tiersFor(DECISION_MODEL);

export type Tier = SpamSpan['tier'];

export function tierOf(probability: number, thresholds: Thresholds): Tier | null {
  if (probability >= thresholds.hidden) return 'hidden';
  if (probability >= thresholds.suspect) return 'suspect';
  return null;
}
