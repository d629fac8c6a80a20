/**
 * Puts one analysed paragraph into the page: each word's characters into `<ruby>` with its reading
 * in `<rt>`, each hidden spam span into a hidden `<span>`, each suspect span into a marked `<span>`
 * around its words' ruby. A word that an inline element or a suspect span's edge splits becomes one
 * ruby per piece, sharing a word id. The characters stay text nodes.
 */
import type { ParagraphAnalysis, WordToken } from '../messaging/protocol';
import { formatWordReadings, type PinyinStyle } from '../pinyin/format';
import { nodeRangesOf, type ParagraphUnit, type TextPiece } from '../content/paragraph-unit';
import {
  READING_ATTRIBUTE,
  RUBY_CLASS,
  SPAM_ATTRIBUTE,
  SUSPECT_ATTRIBUTE,
  SUSPECT_REASON_ATTRIBUTE,
  TONE_CLASS_PREFIX,
  WORD_ATTRIBUTE,
  WORD_ID_ATTRIBUTE,
} from './markers';
import type { RestoreLog } from './restore-log';

export interface AnnotateContext {
  log: RestoreLog;
  /** Text nodes Dudong created or already read: extraction never reads them again. */
  claimed: WeakSet<Text>;
  nextWordId(): number;
  style?: PinyinStyle;
  /** Colour each syllable by its tone (a span per syllable inside the rt). */
  toneColours?: boolean;
  /** Called for each ruby written, with its token: the learner marks known words and levels (src/learner/known-marks.ts). */
  decorateRuby?(ruby: HTMLElement, token: WordToken): void;
}

/** One syllable of a reading as shown, with its tone (1–5) for colouring. */
interface ShownSyllable {
  text: string;
  tone: number;
}

type Mark =
  | { from: number; to: number; kind: 'ruby'; token: WordToken; wid: number; reading: ShownSyllable[]; numbered: string }
  | { from: number; to: number; kind: 'spam' | 'suspect'; family: string; reason: string };

/** Whether every piece still holds the text it held when the paragraph was read. */
export function isUnchanged(unit: ParagraphUnit): boolean {
  return unit.pieces.every((p) => p.node.isConnected && p.node.data === p.data);
}

/** Returns the number of spam spans hidden. Does nothing (returns 0) if the page changed the text. */
export function annotateParagraph(unit: ParagraphUnit, analysis: ParagraphAnalysis, context: AnnotateContext): number {
  if (!isUnchanged(unit)) return 0;
  return writeAnalysis(unit, analysis, context, new Map()) ?? 0;
}

/**
 * Where each piece's text not annotated yet lives now: its original Text node at first; after a
 * part of a long paragraph was written, the Text node Dudong left holding the rest, from `offset`.
 */
export type PieceCursor = Map<TextPiece, { node: Text; offset: number }>;

/**
 * Writes the spans and tokens of `analysis` (all of a paragraph, or a stretch of it after the
 * stretches already written through `cursor`). Returns the number of spam spans hidden, or null
 * when the page changed the text meanwhile (then nothing is written).
 */
export function writeAnalysis(unit: ParagraphUnit, analysis: ParagraphAnalysis, context: AnnotateContext, cursor: PieceCursor): number | null {
  const marks = new Map<TextPiece, Mark[]>();
  const add = (piece: TextPiece, mark: Mark) => {
    const list = marks.get(piece);
    if (list) list.push(mark);
    else marks.set(piece, [mark]);
  };
  let spamHidden = 0;
  for (const span of analysis.spam) {
    const ranges = nodeRangesOf(unit, span.start, span.end);
    if (ranges.length) spamHidden++;
    for (const range of ranges) add(range.piece, { ...range, kind: 'spam', family: span.family, reason: span.reason });
  }
  // A word crossing a suspect span's edge is cut there, so the mark holds whole rubies.
  const edges = new Map<TextPiece, number[]>();
  for (const span of analysis.suspects ?? []) {
    for (const range of nodeRangesOf(unit, span.start, span.end)) {
      add(range.piece, { ...range, kind: 'suspect', family: span.family, reason: span.reason });
      edges.set(range.piece, [...(edges.get(range.piece) ?? []), range.from, range.to]);
    }
  }
  for (const token of analysis.tokens) {
    const wid = context.nextWordId();
    const numbered = token.readings.filter(Boolean).join(' ');
    for (const range of nodeRangesOf(unit, token.start, token.end)) {
      for (const [from, to] of cutAt(range.from, range.to, edges.get(range.piece) ?? [])) {
        const reading = readingOf(unit, token.start, token.readings, range.piece.start + from, range.piece.start + to, context.style);
        if (!reading.length) continue; // this part holds no Han character
        add(range.piece, { from, to, kind: 'ruby', token, wid, reading, numbered });
      }
    }
  }

  const targets = [...marks.keys()].map((piece) => ({ piece, at: cursor.get(piece) ?? { node: piece.node, offset: 0 } }));
  // All or nothing: a node the page changed since it was read means the analysis no longer fits.
  if (targets.some(({ piece, at }) => !at.node.isConnected || at.node.data !== piece.data.slice(at.offset))) return null;
  for (const { piece, at } of targets) {
    const list = marks
      .get(piece)!
      // A suspect mark comes before the rubies it holds.
      .sort((a, b) => a.from - b.from || (a.kind === 'suspect' ? -1 : b.kind === 'suspect' ? 1 : 0))
      .map((m) => ({ ...m, from: m.from - at.offset, to: m.to - at.offset }));
    const { nodes, rest } = render(at.node, list, context);
    context.log.replace(at.node, nodes);
    if (rest) cursor.set(piece, { node: rest, offset: piece.data.length - rest.data.length });
    else cursor.delete(piece);
  }
  return spamHidden;
}

/** [from, to) cut at every edge strictly inside it. */
function cutAt(from: number, to: number, edges: readonly number[]): [number, number][] {
  const inside = [...new Set(edges)].filter((edge) => edge > from && edge < to).sort((a, b) => a - b);
  const bounds = [from, ...inside, to];
  return bounds.slice(1).map((end, i) => [bounds[i] as number, end]);
}

/**
 * The token's readings for the characters whose raw offsets fall in [rawFrom, rawTo), formatted as
 * a word (an erhua 儿 joins the syllable before it).
 */
function readingOf(
  unit: ParagraphUnit,
  start: number,
  readings: readonly string[],
  rawFrom: number,
  rawTo: number,
  style: PinyinStyle = 'marks',
): ShownSyllable[] {
  const formatted = formatWordReadings(readings, style);
  const syllables: ShownSyllable[] = [];
  formatted.forEach((text, i) => {
    const raw = unit.rawIndex[start + i]!;
    if (text && raw >= rawFrom && raw < rawTo) syllables.push({ text, tone: Number(/[1-5]$/.exec(readings[i]!)?.[0] ?? 5) });
  });
  return syllables;
}

/** The rt's content: syllables separated by spaces, each in a tone-classed span when colouring. */
function fillReading(rt: HTMLElement, syllables: readonly ShownSyllable[], toneColours: boolean): void {
  if (!toneColours) {
    rt.textContent = syllables.map((s) => s.text).join(' ');
    return;
  }
  const doc = rt.ownerDocument;
  syllables.forEach((syllable, i) => {
    if (i > 0) rt.append(' ');
    const span = doc.createElement('span');
    span.className = `${TONE_CLASS_PREFIX}${syllable.tone}`;
    span.textContent = syllable.text;
    rt.append(span);
  });
}

/** The nodes that replace `original`, and the Text node holding what follows the last mark, if anything does. */
function render(original: Text, marks: readonly Mark[], context: AnnotateContext): { nodes: Node[]; rest?: Text } {
  const { nodes, end } = renderMarks(original, marks, 0, context);
  if (end === original.data.length) return { nodes };
  const rest = claimedText(original.ownerDocument, original.data.slice(end), context);
  return { nodes: [...nodes, rest], rest };
}

function claimedText(doc: Document, value: string, context: AnnotateContext): Text {
  const node = doc.createTextNode(value);
  context.claimed.add(node);
  return node;
}

/**
 * The nodes for `marks` (sorted) from `from` to the end of the last one; a suspect mark becomes an
 * element holding the marks inside it.
 */
function renderMarks(original: Text, marks: readonly Mark[], from: number, context: AnnotateContext): { nodes: Node[]; end: number } {
  const doc = original.ownerDocument;
  const data = original.data;
  const out: Node[] = [];
  const text = (value: string) => claimedText(doc, value, context);
  let at = from;
  for (const mark of marks) {
    if (mark.from < at) continue; // overlapping marks cannot come from the protocol; never corrupt text
    if (mark.from > at) out.push(text(data.slice(at, mark.from)));
    if (mark.kind === 'suspect') {
      const span = doc.createElement('span');
      span.setAttribute(SUSPECT_ATTRIBUTE, mark.family);
      span.setAttribute(SUSPECT_REASON_ATTRIBUTE, mark.reason);
      const inside = marks.filter((m) => m !== mark && m.kind !== 'suspect' && m.from >= mark.from && m.to <= mark.to);
      const { nodes, end } = renderMarks(original, inside, mark.from, context);
      span.append(...nodes);
      if (end < mark.to) span.append(text(data.slice(end, mark.to)));
      out.push(span);
      at = mark.to;
      continue;
    }
    const content = text(data.slice(mark.from, mark.to));
    if (mark.kind === 'ruby') {
      const ruby = doc.createElement('ruby');
      ruby.className = RUBY_CLASS;
      ruby.setAttribute(WORD_ATTRIBUTE, mark.token.word);
      ruby.setAttribute(WORD_ID_ATTRIBUTE, String(mark.wid));
      if (mark.numbered) ruby.setAttribute(READING_ATTRIBUTE, mark.numbered);
      const rt = doc.createElement('rt');
      fillReading(rt, mark.reading, context.toneColours ?? false);
      ruby.append(content, rt);
      context.decorateRuby?.(ruby, mark.token);
      out.push(ruby);
    } else {
      const span = doc.createElement('span');
      span.setAttribute(SPAM_ATTRIBUTE, mark.family);
      span.title = mark.reason;
      span.append(content);
      out.push(span);
    }
    at = mark.to;
  }
  return { nodes: out, end: at };
}
