/**
 * Candidate runs found by their seams (issue 12's "What to build": the language model's gain at both
 * edges), for pasted runs of any class, inside or between the writer's sentences. No word of any
 * class is read: a run is proposed where the text breaks, and weighed by how the host reads without it.
 *
 * - **Edges.** A break is a word boundary where the model would rather see a sentence end than read
 *   on (the junction fit of the eight characters either side is low); a clause's own punctuation
 *   is an edge too (a run pasted after a comma or a full stop brings its own).
 * - **Runs.** Every stretch from an opening edge to a closing edge within a sentence (it may cross
 *   commas and colons: a line has fields), up to MAX_CHARS, with at least one edge a break or both
 *   edges a clause's punctuation; a run that starts after the writer's punctuation takes the
 *   punctuation closing it, so the writer's text reads on once it is hidden.
 *
 * Features (./seam-run-features.ts) are read per run; the decision is ./find-seam-runs.ts (not
 * shipped: see there). About 900 runs a page on the corpus hosts, 450–520 ms a page on this loaded
 * machine with their features, as much again as the whole decision: a shipped version needs fewer runs.
 */
import type { LanguageModel } from '../../../src/lm/index';
import type { PageParagraph } from '../../../src/spam/page';

/** Characters either side read for a seam: two or three words, what the trigram sees. */
export const SEAM_WINDOW = 8;
/** Junction fit below this is a break (ln): a quarter of the writer's Han boundaries, two thirds of a paste's edges (dev, scratch measure). */
export const BREAK_FIT = 2.5;
export const MAX_CHARS = 48;
const MIN_CHARS = 3;

const CLAUSE = /[，,、；;：:]/u;
const STOP = /[。！？!?]/u;
const PUNCT = /[，,、；;：:。！？!?“”「」『』（）()《》\s…—]/u;

export interface SeamRun {
  paragraph: number;
  start: number;
  end: number;
  /** The seam fit at each edge (0 where the edge is the writer's punctuation or the paragraph's end). */
  leftFit: number;
  rightFit: number;
  /** The fit across the gap once the run is gone (0 when either side is punctuation). */
  bridgeFit: number;
  leftPunct: boolean;
  rightPunct: boolean;
}

export interface SeamReader {
  /** Junction fit of `left` and `right`, each read as a sentence's piece (cached per page). */
  fit(left: string, right: string): number;
}

export function seamReader(lm: LanguageModel): SeamReader {
  const cache = new Map<string, number>();
  return {
    fit(left, right) {
      const key = `${left}\u0000${right}`;
      let v = cache.get(key);
      if (v === undefined) cache.set(key, (v = lm.junctionFit(left, right, false, false)));
      return v;
    },
  };
}

const isWordChar = (ch: string): boolean => ch !== '' && !PUNCT.test(ch);

/** The runs of one paragraph (masked view), each with its edges' seam fits. */
export function seamRuns(paragraph: PageParagraph, p: number, reader: SeamReader): SeamRun[] {
  const text = paragraph.text;
  const n = text.length;
  // Seam fit at each word boundary with word characters both sides.
  const fitAt = new Map<number, number>();
  for (const b of paragraph.boundaries) {
    if (b <= 0 || b >= n || !isWordChar(text.charAt(b - 1)) || !isWordChar(text.charAt(b))) continue;
    fitAt.set(b, reader.fit(text.slice(Math.max(0, b - SEAM_WINDOW), b), text.slice(b, b + SEAM_WINDOW)));
  }
  const breaks = [...fitAt].filter(([, f]) => f < BREAK_FIT).map(([b]) => b);
  // Opening edges: a break, the paragraph's start, or just after the writer's punctuation.
  const opens = new Set<number>(breaks);
  const closes = new Set<number>(breaks);
  opens.add(0);
  closes.add(n);
  for (let k = 1; k < n; k++) {
    if (PUNCT.test(text.charAt(k - 1)) && isWordChar(text.charAt(k))) opens.add(k);
    if (PUNCT.test(text.charAt(k)) && isWordChar(text.charAt(k - 1))) closes.add(k);
  }
  const closeList = [...closes].sort((a, b) => a - b);
  const runs: SeamRun[] = [];
  for (const i of [...opens].sort((a, b) => a - b)) {
    const leftPunct = !fitAt.has(i) || (fitAt.get(i) ?? 0) >= BREAK_FIT;
    for (const j0 of closeList) {
      if (j0 <= i) continue;
      if (j0 - i > MAX_CHARS) break;
      const inner = text.slice(i, j0);
      if (STOP.test(inner)) break;
      const rightPunct = !fitAt.has(j0) || (fitAt.get(j0) ?? 0) >= BREAK_FIT;
      if (leftPunct && rightPunct && !(i === 0 || PUNCT.test(text.charAt(i - 1)))) continue;
      // A run after the writer's punctuation takes its own closing mark with it.
      const closingMark = rightPunct && j0 < n && (i === 0 || PUNCT.test(text.charAt(i - 1))) && (CLAUSE.test(text.charAt(j0)) || STOP.test(text.charAt(j0)));
      const j = closingMark ? j0 + 1 : j0;
      if (j0 - i < MIN_CHARS || [...inner].filter(isWordChar).length < 2) continue;
      const leftFit = leftPunct ? 0 : (fitAt.get(i) ?? 0);
      const rightFit = rightPunct ? 0 : (fitAt.get(j0) ?? 0);
      const bridgeFit = leftPunct || rightPunct ? 0 : reader.fit(text.slice(Math.max(0, i - SEAM_WINDOW), i), text.slice(j0, j0 + SEAM_WINDOW));
      runs.push({ paragraph: p, start: i, end: j, leftFit, rightFit, bridgeFit, leftPunct, rightPunct });
    }
  }
  return runs;
}
