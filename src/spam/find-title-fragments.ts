/**
 * Family "title": pieces of the headline stuffed into the body (跟随, 足迹重回作答载, 地份 …).
 *
 * Real articles use their headline's words all the time, so a piece is only hidden on evidence that
 * it was pasted, not written:
 * - it sits between two of the segmenter's words without joining either (no dictionary word runs
 *   across its edges) and the phrase it would form with its neighbour appears nowhere else;
 * - and it is something a writer would not produce: a jump over the headline (作答载 from 作答19载,
 *   two pieces glued, a lost character), or a second copy right after the first (下访下访);
 * - or, in a paragraph already shown to be stuffed, a piece that turns up there far more often
 *   than in the rest of the article.
 */
import type { SpamTools } from './index';
import { overlapsAny } from './merge-spans';
import { isHan } from './text-classes';
import { TitlePieces } from './title-pieces';
import type { SpamSpan } from './types';

interface Run {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  pieces: string[];
  /** Not a stretch of the headline as printed, and not made of whole dictionary words (作答载, 地份). */
  irregular: boolean;
  /** A copy of the run right before it (下访下访). */
  duplicate: boolean;
  /** Reads as the writer's own words in its place. */
  natural: boolean;
}

/** How much more often a piece must appear in stuffed paragraphs than in the rest of the text. */
const EXCESS = 4;

export function findTitleFragments(
  title: string,
  paragraphs: readonly string[],
  masked: readonly SpamSpan[][],
  sentences: readonly SpamSpan[][],
  tools: SpamTools,
): SpamSpan[][] {
  const result: SpamSpan[][] = paragraphs.map(() => []);
  const pieces = new TitlePieces(title, tools.isKnownWord);
  if (pieces.size === 0) return result;
  const isKnownWord = tools.isKnownWord ?? (() => false);
  const whole = paragraphs.join('\n');
  const normalisedTitle = title.replace(/\s+/g, '');

  const runs: Run[] = [];
  paragraphs.forEach((text, p) => {
    const taken = [...(masked[p] ?? []), ...(sentences[p] ?? [])];
    const found = scanRuns(text, pieces).filter((r) => !overlapsAny(taken, r.start, r.end));
    if (found.length === 0) return;
    const boundaries = new Set<number>([0]);
    const words = tools.segmenter.cut(text);
    let at = 0;
    for (const word of words) boundaries.add((at += word.length));
    const wordAt = new Map<number, string>();
    const wordEndingAt = new Map<number, string>();
    at = 0;
    for (const word of words) {
      wordAt.set(at, word);
      at += word.length;
      wordEndingAt.set(at, word);
    }
    for (const run of found) {
      const duplicate = run.start >= run.text.length && text.slice(run.start - run.text.length, run.start) === run.text;
      const aligned = boundaries.has(run.start) && boundaries.has(run.end);
      const before = wordEndingAt.get(run.start) ?? '';
      const after = wordAt.get(run.end) ?? '';
      const attested =
        (before.length >= 2 && countOf(whole, before + run.text) >= 2) ||
        (after.length >= 2 && countOf(whole, run.text + after) >= 2);
      const joined = crossesWord(text, run.start, run.end, isKnownWord);
      // Bounded by punctuation on both sides, a run is a heading or a quoted phrase of its own.
      const standalone = !isHanAt(text, run.start - 1) && !isHanAt(text, run.end);
      runs.push({
        paragraph: p,
        ...run,
        irregular: !normalisedTitle.includes(run.text) && !isWordSequence(run.text, tools),
        duplicate,
        natural: !aligned || attested || joined || standalone,
      });
    }
  });

  // The first of an adjacent identical pair is the writer's; only the copy is suspect.
  for (const run of runs) {
    if (runs.some((other) => other.paragraph === run.paragraph && other.start === run.end && other.duplicate && other.text === run.text))
      run.natural = true;
  }
  // Pieces the writer uses in their own sentences somewhere: evidence is needed per occurrence.
  const usedNaturally = new Set<string>();
  for (const run of runs) if (run.natural) for (const piece of run.pieces) usedNaturally.add(piece);
  // Places an odd run was pasted: the same words in one context twice is a repeated sentence.
  const contexts = new Map<string, Set<string>>();
  for (const run of runs) {
    if (run.natural) continue;
    const text = paragraphs[run.paragraph] ?? '';
    const context = `${text.charAt(run.start - 1)}|${text.charAt(run.end)}`;
    contexts.set(run.text, (contexts.get(run.text) ?? new Set<string>()).add(context));
  }
  const weightOf = (r: Run): number => {
    if (r.natural) return 0;
    if (r.duplicate) return 1;
    if (!r.irregular) return 0;
    if ((contexts.get(r.text)?.size ?? 0) >= 2) return 2;
    return r.pieces.every((piece) => !usedNaturally.has(piece)) ? 1 : 0;
  };
  const strong = runs.filter((r) => weightOf(r) > 0);
  // One odd run proves little (prose makes odd phrases); a stuffed page shows several.
  if (strong.reduce((n, r) => n + weightOf(r), 0) < 3) return result;
  const stuffed = new Set(strong.map((r) => r.paragraph));

  const stuffedChars = [...stuffed].reduce((n, p) => n + (paragraphs[p]?.length ?? 0), 0);
  const restChars = Math.max(1, whole.length - stuffedChars);
  const inStuffed = new Map<string, number>();
  const inRest = new Map<string, number>();
  for (const run of runs) {
    const bucket = stuffed.has(run.paragraph) && !run.natural ? inStuffed : inRest;
    for (const piece of run.pieces) bucket.set(piece, (bucket.get(piece) ?? 0) + 1);
  }
  const inventory = new Set<string>(strong.flatMap((r) => r.pieces));
  for (const [piece, count] of inStuffed) {
    const rate = count / stuffedChars;
    const restRate = ((inRest.get(piece) ?? 0) + 1) / restChars;
    if (count >= 2 && rate >= EXCESS * restRate) inventory.add(piece);
  }

  for (const run of runs) {
    const isStrong = strong.includes(run);
    const fromInventory =
      stuffed.has(run.paragraph) && !run.natural && run.pieces.every((piece) => inventory.has(piece));
    if (!isStrong && !fromInventory) continue;
    result[run.paragraph]?.push({
      start: run.start,
      end: run.end,
      family: 'title',
      confidence: isStrong ? 0.9 : 0.8,
      reason: run.duplicate
        ? 'A piece of the headline pasted a second time right after itself.'
        : 'A piece of the headline pasted into the sentence, where it does not belong.',
    });
  }
  return result;
}

/** Maximal stretches of `text` made of headline pieces, each with the pieces it was read as. */
function scanRuns(text: string, pieces: TitlePieces): { start: number; end: number; text: string; pieces: string[] }[] {
  const out: { start: number; end: number; text: string; pieces: string[] }[] = [];
  let i = 0;
  while (i < text.length) {
    let piece = pieces.longestAt(text, i);
    if (!piece) {
      i++;
      continue;
    }
    const start = i;
    const found: string[] = [];
    while (piece) {
      found.push(piece.text);
      i += piece.text.length;
      piece = pieces.longestAt(text, i);
    }
    // A run of copies (下访下访) is read as separate runs so the copy can be told from the original.
    let at = start;
    let group: string[] = [];
    const flush = (): void => {
      if (group.length === 0) return;
      const length = group.join('').length;
      out.push({ start: at, end: at + length, text: text.slice(at, at + length), pieces: group });
      at += length;
      group = [];
    };
    for (const p of found) {
      if (group.length > 0 && group[group.length - 1] === p) flush();
      group.push(p);
    }
    flush();
  }
  return out;
}

/** Whether the segmenter reads `text` as dictionary words of two or more characters. */
function isWordSequence(text: string, tools: SpamTools): boolean {
  if (!tools.isKnownWord) return true;
  return tools.segmenter.cut(text).every((word) => word.length >= 2 && tools.isKnownWord?.(word));
}

function isHanAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isHan(text.charAt(at));
}

function countOf(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** Whether a dictionary word runs across the start or the end of [start, end). */
function crossesWord(text: string, start: number, end: number, isKnownWord: (w: string) => boolean): boolean {
  return crossesAt(text, start, start, end, isKnownWord) || crossesAt(text, end, start, end, isKnownWord);
}

function crossesAfter(text: string, run: { start: number; end: number }, isKnownWord: (w: string) => boolean): boolean {
  return crossesAt(text, run.end, run.start, run.end, isKnownWord);
}

function crossesAt(text: string, edge: number, start: number, end: number, isKnownWord: (w: string) => boolean): boolean {
  const inside = edge === start ? [edge + 1, Math.min(end, edge + 3)] : [Math.max(start, edge - 3), edge - 1];
  for (let x = edge - 3; x < edge; x++) {
    for (let y = edge + 1; y <= edge + 3; y++) {
      if (x < 0 || y > text.length) continue;
      // The word must take at least one character on each side of the edge, and stay in the run on its side.
      if (edge === start && y > (inside[1] ?? edge)) continue;
      if (edge === end && x < (inside[0] ?? edge)) continue;
      if (isKnownWord(text.slice(x, y))) return true;
    }
  }
  return false;
}
