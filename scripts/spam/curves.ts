/**
 * Precision–recall curves of the scored decision, one kind of candidate at a time: the kind's
 * candidates alone are tiered at each threshold (hidden at or above it), and what they hide is
 * scored against the truth of that kind (headline pieces; sentences pasted once), with the
 * characters they would hide on clean text beside it. The operating point is TIERS.hidden.
 */
import { decide, type ScoredCandidate } from '../../src/spam/decide';
import { TIERS } from '../../src/spam/tiers';
import type { CandidateKind } from '../../src/spam/score';
import type { SpamFamily } from '../../src/spam/types';
import { newTallies, score, type Tally, type TruthSpan } from './tally';

export const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999];

interface Page {
  paragraphs: readonly string[];
  /** All the page's truth (for precision) and that of the kind the curve is about (for recall). */
  truth: TruthSpan[][];
  truthOfKind: TruthSpan[][];
  scored: ScoredCandidate[];
  clean: boolean;
}

export class Curve {
  private readonly pages: Page[] = [];
  constructor(
    readonly name: string,
    private readonly kinds: readonly CandidateKind[],
    private readonly family: SpamFamily,
  ) {}

  add(paragraphs: readonly string[], truth: TruthSpan[][], truthOfKind: TruthSpan[][], scored: readonly ScoredCandidate[], clean = false): void {
    const mine = scored.filter((c) => this.kinds.includes(c.kind));
    if (mine.length === 0 && !truthOfKind.some((t) => t.length)) return;
    this.pages.push({ paragraphs, truth, truthOfKind, scored: mine, clean });
  }

  /** Rows of threshold, precision, recall, characters hidden on clean pages. */
  rows(): { threshold: number; precision: number; recall: number; cleanHidden: number; hidden: number }[] {
    return THRESHOLDS.map((threshold) => {
      const tallies = newTallies();
      const ofKind = newTallies();
      let cleanHidden = 0;
      for (const page of this.pages) {
        const levels = { ...TIERS };
        for (const kind of this.kinds) levels[kind] = { hidden: threshold, suspect: threshold };
        const found = decide(page.scored, page.paragraphs.length, levels);
        if (page.clean) cleanHidden += found.flat().reduce((n, s) => n + s.end - s.start, 0);
        else {
          score(page.paragraphs, page.truth, found, tallies);
          score(page.paragraphs, page.truthOfKind, found, ofKind);
        }
      }
      const t = ofKind.get(this.family) as Tally;
      const all = tallies.get('all') as Tally;
      return {
        threshold,
        precision: all.predicted ? all.predictedRight / all.predicted : 1,
        recall: t.truth ? t.truthFound / t.truth : 0,
        cleanHidden,
        hidden: all.predicted,
      };
    });
  }

  print(operatingPoint = TIERS[this.kinds[0] ?? 'piece'].hidden): string {
    const lines = [`${this.name}: threshold  precision  recall   chars hidden (generated pages / clean pages)`];
    for (const r of this.rows()) {
      const mark = Math.abs(r.threshold - operatingPoint) < 1e-9 ? '  ← hidden tier' : '';
      lines.push(`  ${r.threshold.toFixed(3).padStart(9)}  ${r.precision.toFixed(4).padStart(9)}  ${r.recall.toFixed(4)}   ${r.hidden} / ${r.cleanHidden}${mark}`);
    }
    return lines.join('\n');
  }
}
