/**
 * The runs of a paragraph that session 24's learned furniture decision reads (./find-furniture-runs.ts):
 * the spans the pipeline already cuts, at three grains, not a grammar of any class —
 *   clause     text between clause punctuation (，。！？；… and quotation marks) or the paragraph's edges;
 *   sentence   text between sentence stops, when it holds more than one clause;
 *   spaced     text between runs of spaces inside a clause (a row pasted between two sentences
 *              with a space, or a row of slots set apart by spaces, read slot by slot and whole);
 *   trimmed    (session 25, with a `breakAt` reader) the two sides of a clause cut where the language
 *              model reads its strongest break: a row glued to the writer's words with no punctuation
 *              between is read apart from them, so the writer's words are not scored with it.
 * A run's span takes its closing comma or stop along when the run stands as a clause of its own
 * (so what stays reads "…。下一句" and not "…。，下一句"), the quotation's closing marks excepted.
 */

export type RunGrain = 'clause' | 'sentence' | 'spaced' | 'trimmed';

export interface FurnitureRun {
  /** [start, end) of the run's own text in the paragraph, spaces trimmed. */
  start: number;
  end: number;
  /** [start, end) to hide: the run and the punctuation that goes with it. */
  spanStart: number;
  spanEnd: number;
  grain: RunGrain;
}

const CLAUSE_CUT = /[，,。！？!?；;…“”「」『』]/u;
const SENTENCE_CUT = /[。！？!?…]/u;
const SPACE = /\s/u;
/** Punctuation a run's span may take along after it. */
const CLOSER = /[，,。！？!?；;、]/u;
/** A run shorter than this (in non-space characters) says too little to be judged. */
const MIN_CHARS = 2;

function pieces(text: string, from: number, to: number, cut: (ch: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || cut(text.charAt(i))) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

function trimmed(text: string, [a, b]: [number, number]): [number, number] {
  let start = a;
  let end = b;
  while (start < end && SPACE.test(text.charAt(start))) start++;
  while (end > start && SPACE.test(text.charAt(end - 1))) end--;
  return [start, end];
}

const nonSpace = (text: string, a: number, b: number): number => text.slice(a, b).replace(/\s/gu, '').length;

/** The span to hide for the run [a, b): its trailing spaces and closing comma or stop, where it stands as a clause of its own. */
function spanOf(text: string, a: number, b: number): [number, number] {
  let end = b;
  while (end < text.length && SPACE.test(text.charAt(end))) end++;
  let before = a - 1;
  while (before >= 0 && SPACE.test(text.charAt(before))) before--;
  const opensClause = before < 0 || CLOSER.test(text.charAt(before));
  if (opensClause && CLOSER.test(text.charAt(end))) return [a, end + 1];
  return [a, end === text.length ? end : b];
}

/** Where a clause [start, end) of `text` breaks (an index inside it), or -1: see ./furniture-trim.ts. */
export type BreakAt = (text: string, start: number, end: number) => number;

export function furnitureRuns(text: string, breakAt?: BreakAt): FurnitureRun[] {
  const seen = new Set<string>();
  const out: FurnitureRun[] = [];
  const add = (range: [number, number], grain: RunGrain): void => {
    const [start, end] = trimmed(text, range);
    if (nonSpace(text, start, end) < MIN_CHARS || seen.has(`${start}:${end}`)) return;
    seen.add(`${start}:${end}`);
    const [spanStart, spanEnd] = spanOf(text, start, end);
    out.push({ start, end, spanStart, spanEnd, grain });
  };
  const clauses = pieces(text, 0, text.length, (ch) => CLAUSE_CUT.test(ch));
  for (const clause of clauses) add(clause, 'clause');
  for (const sentence of pieces(text, 0, text.length, (ch) => SENTENCE_CUT.test(ch))) add(sentence, 'sentence');
  for (const [a, b] of clauses) {
    const [start, end] = trimmed(text, [a, b]);
    if (!/\s/u.test(text.slice(start, end))) continue;
    for (const piece of pieces(text, start, end, (ch) => SPACE.test(ch))) add(piece, 'spaced');
  }
  if (breakAt) {
    for (const clause of clauses) {
      const [start, end] = trimmed(text, clause);
      const cut = breakAt(text, start, end);
      if (cut <= start || cut >= end) continue;
      add([start, cut], 'trimmed');
      add([cut, end], 'trimmed');
    }
  }
  return out;
}
