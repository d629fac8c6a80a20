/**
 * A very long paragraph (one 50,000-character block: a transcript, a pasted report) written in
 * one go is a task of 370–830 ms. Here it becomes steps of a few hundred words each, in text order,
 * for the scheduler to run in separate tasks: each step replaces the Text node holding the rest of
 * the paragraph by its rubies and a new Text node holding the rest again, so the restore log undoes
 * the steps exactly, newest first, whatever number of them ran.
 */
import type { ParagraphAnalysis, WordToken } from '../messaging/protocol';
import type { SpamSpan } from '../spam/types';
import type { ParagraphUnit } from '../content/paragraph-unit';
import { annotateParagraph, isUnchanged, writeAnalysis, type AnnotateContext, type PieceCursor } from './annotate-paragraph';

/**
 * Words and hidden spans written per step: about 300 characters of Chinese. No more than the frame
 * writer writes in one frame (FRAME_MARKS), so a step of a long paragraph never makes a frame long.
 */
export const MAX_MARKS_PER_STEP = 150;

/** One step writes a stretch of the paragraph and returns the number of spam spans it hid. */
export type AnnotationStep = (() => number) & {
  /** Tokens and spans the step writes (the frame writer's budget counts them). */
  readonly marks: number;
};

const withMarks = (write: () => number, marks: number): AnnotationStep => Object.assign(write, { marks });
const marksOf = (analysis: ParagraphAnalysis) => analysis.tokens.length + analysis.spam.length + (analysis.suspects?.length ?? 0);

/**
 * The steps that write `analysis` into `unit`, in order. If the page changes the paragraph between
 * two steps, the remaining steps write nothing (what was written stays, and is restored as usual).
 */
export function annotationSteps(unit: ParagraphUnit, analysis: ParagraphAnalysis, context: AnnotateContext): AnnotationStep[] {
  if (analysis.tokens.length + analysis.spam.length <= MAX_MARKS_PER_STEP) return [withMarks(() => annotateParagraph(unit, analysis, context), marksOf(analysis))];
  const cursor: PieceCursor = new Map();
  let broken = false;
  return stretchesOf(analysis, MAX_MARKS_PER_STEP).map((stretch, i) =>
    withMarks(() => {
      if (broken || (i === 0 && !isUnchanged(unit))) {
        broken = true;
        return 0;
      }
      const hidden = writeAnalysis(unit, stretch, context, cursor);
      if (hidden === null) broken = true;
      return hidden ?? 0;
    }, marksOf(stretch)),
  );
}

/**
 * The analysis cut into stretches of about `size` tokens and spans together, in text order. A
 * suspect span stays in one stretch with every token that overlaps it, since its mark holds them.
 */
export function stretchesOf(analysis: ParagraphAnalysis, size: number): ParagraphAnalysis[] {
  const suspects = analysis.suspects ?? [];
  type Group = { start: number; spam: SpamSpan[]; suspects: SpamSpan[]; tokens: WordToken[] };
  const groups: Group[] = [
    ...analysis.spam.map((span) => ({ start: span.start, spam: [span], suspects: [], tokens: [] })),
    ...suspects.map((span) => ({ start: span.start, spam: [], suspects: [span], tokens: [] })),
  ];
  const bySuspect = groups.slice(analysis.spam.length);
  for (const token of analysis.tokens) {
    const k = suspects.findIndex((span) => token.start < span.end && token.end > span.start);
    if (k >= 0) bySuspect[k]!.tokens.push(token);
    else groups.push({ start: token.start, spam: [], suspects: [], tokens: [token] });
  }
  for (const group of bySuspect) group.start = Math.min(group.start, ...group.tokens.map((t) => t.start));
  groups.sort((a, b) => a.start - b.start);
  const stretches: ParagraphAnalysis[] = [];
  let current: Group[] = [];
  let count = 0;
  const close = () => {
    if (current.length === 0) return;
    const stretch: ParagraphAnalysis = { spam: current.flatMap((g) => g.spam), tokens: current.flatMap((g) => g.tokens) };
    const marked = current.flatMap((g) => g.suspects);
    stretches.push(marked.length ? { ...stretch, suspects: marked } : stretch);
    current = [];
    count = 0;
  };
  for (const group of groups) {
    const members = group.spam.length + group.suspects.length + group.tokens.length;
    if (count > 0 && count + members > size) close();
    current.push(group);
    count += members;
  }
  close();
  return stretches;
}
