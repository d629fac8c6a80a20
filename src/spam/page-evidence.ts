/**
 * Page evidence (session 27, issue 12): what the pipeline has already hidden on a page, by family. A
 * content farm pastes many things onto one page — betting names, domains, pinyin, a chatty line
 * twice, pieces of the headline, a site's lines — and a clean page carries none of them. So a
 * candidate that its own reading finds likely but not sure (a sentence of another article pasted
 * once, a headline piece) is more likely pasted on a page where other finders already hid the
 * farm's hand than on a page with nothing else.
 *
 * One term for every kind that reads it (the once-pasted sentence, headline pieces), so that what
 * counts as the farm's hand is decided once: only hidden finds (a mark is the pipeline unsure, and
 * clean pages carry marks), never a doubled mark (writers mistype ，， too: the stress test's only
 * hidden characters are three of them), a span found by two stages counted once, and never the
 * candidate's own kind: the caller leaves its own stage's finds out of `groups`, and
 * `evidenceBesides` leaves out whole families besides.
 *
 * Pure: spans in, counts out. How much evidence a kind needs is set with that kind's rule.
 */
import type { SpamFamily, SpamSpan } from './types';

export interface PageEvidence {
  /** Hidden spans per family (doubled marks left out; overlapping spans once, under the first one's family). */
  byFamily: Partial<Record<SpamFamily, number>>;
  /** All of them. */
  spans: number;
}

/** A doubled mark (，。 ，，) is no farm's hand by itself: writers mistype them. */
const WEAK_FAMILIES: readonly SpamFamily[] = ['punctuation'];

/**
 * The page evidence of `groups`: each group one stage's finds, per paragraph (./index.ts passes the
 * mechanical finds, the headline parts and phrases, the items and the language kinds' tiers).
 */
export function pageEvidence(groups: readonly (readonly (readonly SpamSpan[])[])[]): PageEvidence {
  const paragraphs: SpamSpan[][] = [];
  for (const group of groups) {
    group.forEach((spans, p) => {
      (paragraphs[p] ??= []).push(...spans.filter((s) => s.tier === 'hidden' && !WEAK_FAMILIES.includes(s.family)));
    });
  }
  const byFamily: Partial<Record<SpamFamily, number>> = {};
  let count = 0;
  for (const spans of paragraphs) {
    // Overlapping spans are one paste found twice; the first (in the groups' order) names its family.
    const taken: SpamSpan[] = [];
    for (const s of spans ?? []) {
      if (taken.some((t) => t.start < s.end && s.start < t.end)) continue;
      taken.push(s);
      byFamily[s.family] = (byFamily[s.family] ?? 0) + 1;
      count++;
    }
  }
  return { byFamily, spans: count };
}

/** Hidden spans of the page evidence outside the families `own` (a candidate's own kind). */
export function evidenceBesides(evidence: PageEvidence, own: readonly SpamFamily[]): number {
  let n = 0;
  for (const [family, count] of Object.entries(evidence.byFamily) as [SpamFamily, number][]) if (!own.includes(family)) n += count;
  return n;
}
