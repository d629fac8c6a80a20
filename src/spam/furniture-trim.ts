/**
 * Session 25's trim step for the learned furniture decision (./furniture-candidates.ts, grain
 * `trimmed`): a farm glues a row to the writer's clause with no punctuation between (…今年的收成不错
 * 阅读 2.3万 点赞 56), and read whole the clause is half prose, half row, and neither half wins. The
 * cut goes where open-gram reads the strongest break inside the clause: the seam whose two sides the
 * model would rather read as two sentences (the lowest junction fit). Both sides then become runs of
 * their own; the decision reads them like any other (the writer's side stays a negative).
 */
import type { LanguageModel } from '../lm/index';
import type { BreakAt } from './furniture-candidates';

/** Characters of context read on each side of a seam (a trigram sees about two words). */
const CONTEXT = 6;
/** Clauses shorter than this (non-space) have no two sides worth reading; longer ones are the writer's sentences. */
const MIN_CHARS = 6;
const MAX_CHARS = 48;
/** A seam fits below this (log-odds; a sentence boundary inside a clause reads 1–2, a word boundary more, a row glued on about 0): only a clear break. */
const BREAK = 1;
/** Each side keeps at least this many characters. */
const SIDE = 2;

/** The seams considered: every position leaving each side two characters (inside a word the fit is high, so the lowest falls between words). */
function seams(start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = start + SIDE; k <= end - SIDE; k++) out.push(k);
  return out;
}

/** The clause's strongest break under the model, or -1 when it reads as one piece. */
export function languageBreaks(lm: LanguageModel): BreakAt {
  return (text, start, end) => {
    const length = text.slice(start, end).replace(/\s/gu, '').length;
    if (length < MIN_CHARS || length > MAX_CHARS) return -1;
    let best = -1;
    let bestFit = BREAK;
    for (const k of seams(start, end)) {
      const left = text.slice(Math.max(start, k - CONTEXT), k).trim();
      const right = text.slice(k, Math.min(end, k + CONTEXT)).trim();
      if (!left || !right) continue;
      const fit = lm.junctionFit(left, right, k - CONTEXT <= start, k + CONTEXT >= end);
      if (fit < bestFit) {
        bestFit = fit;
        best = k;
      }
    }
    return best;
  };
}
