/**
 * A very long paragraph (one 50,000-character block: a transcript, a pasted report) written in
 * one go is a task of 370–830 ms. Here it becomes steps of a few hundred words each, in text order,
 * for the scheduler to run in separate tasks: each step replaces the Text node holding the rest of
 * the paragraph by its rubies and a new Text node holding the rest again, so the restore log undoes
 * the steps exactly, newest first, whatever number of them ran.
 */
import type { ParagraphAnalysis } from '../messaging/protocol';
import type { ParagraphUnit } from '../content/paragraph-unit';
import { annotateParagraph, isUnchanged, writeAnalysis, type AnnotateContext, type PieceCursor } from './annotate-paragraph';

/** Words and hidden spans written per step: about 500 characters of Chinese, a few ms of DOM work. */
export const MAX_MARKS_PER_STEP = 250;

/** One step writes a stretch of the paragraph and returns the number of spam spans it hid. */
export type AnnotationStep = () => number;

/**
 * The steps that write `analysis` into `unit`, in order. If the page changes the paragraph between
 * two steps, the remaining steps write nothing (what was written stays, and is restored as usual).
 */
export function annotationSteps(unit: ParagraphUnit, analysis: ParagraphAnalysis, context: AnnotateContext): AnnotationStep[] {
  if (analysis.tokens.length + analysis.spam.length <= MAX_MARKS_PER_STEP) return [() => annotateParagraph(unit, analysis, context)];
  const cursor: PieceCursor = new Map();
  let broken = false;
  return stretchesOf(analysis, MAX_MARKS_PER_STEP).map((stretch, i) => () => {
    if (broken || (i === 0 && !isUnchanged(unit))) {
      broken = true;
      return 0;
    }
    const hidden = writeAnalysis(unit, stretch, context, cursor);
    if (hidden === null) broken = true;
    return hidden ?? 0;
  });
}

/** The analysis cut into stretches of at most `size` tokens and spans together, in text order. */
export function stretchesOf(analysis: ParagraphAnalysis, size: number): ParagraphAnalysis[] {
  const marks = [
    ...analysis.spam.map((span) => ({ start: span.start, span })),
    ...analysis.tokens.map((token) => ({ start: token.start, token })),
  ].sort((a, b) => a.start - b.start);
  const stretches: ParagraphAnalysis[] = [];
  for (let i = 0; i < marks.length; i += size) {
    const part = marks.slice(i, i + size);
    stretches.push({
      spam: part.flatMap((m) => ('span' in m ? [m.span] : [])),
      tokens: part.flatMap((m) => ('token' in m ? [m.token] : [])),
    });
  }
  return stretches;
}
