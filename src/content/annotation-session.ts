/**
 * Annotates one article root: reads its paragraphs, has them analysed (all at once, so spam
 * detection sees the whole article), applies the results lazily, annotates content the page adds
 * later exactly once, and on `stop()` restores every replaced Text node.
 */
import { annotateParagraph, isUnchanged, type AnnotateContext } from '../annotate/annotate-paragraph';
import { REVEAL_ATTRIBUTE } from '../annotate/markers';
import { installPageStyles, removePageStyles } from '../annotate/page-styles';
import { RestoreLog } from '../annotate/restore-log';
import type { AnalyzeRequest, AnalyzeResponse } from '../messaging/protocol';
import type { PinyinStyle } from '../pinyin/format';
import { isProse } from './article-continuation';
import { selectChangedNodes } from './changed-nodes';
import { extractParagraphs, type LayoutProbe } from './extract-paragraphs';
import { createLazyScheduler } from './lazy-scheduler';
import { watchPageChanges } from './page-changes';
import type { ParagraphUnit } from './paragraph-unit';

export interface SessionOptions {
  /** The article root; asked again when the page replaces it (single-page apps). */
  findRoot(): Element | null;
  /** The headline for spam detection, given the current root. */
  title(root: Element | null): string;
  findSpam: boolean;
  analyze(request: Omit<AnalyzeRequest, 'type'>): Promise<AnalyzeResponse>;
  layoutProbe(): LayoutProbe;
  style?: PinyinStyle;
  toneColours?: boolean;
  /** Called whenever the number of hidden spam spans changes. */
  onSpamCount?(count: number): void;
  onError?(error: unknown): void;
}

export interface AnnotationSession {
  readonly spamHidden: number;
  /** Resolves once the first analysis has been scheduled (or failed). */
  readonly started: Promise<void>;
  setReveal(reveal: boolean): void;
  stop(): void;
}

/** Articles longer than this are analysed on-screen paragraphs first (see `tokensFor`). */
const ON_SCREEN_FIRST_MIN_CHARS = 20_000;

/** Indices of the units within about a screen of the viewport, when splitting the request pays. */
function onScreenFirst(units: readonly ParagraphUnit[]): number[] | null {
  const chars = units.reduce((sum, unit) => sum + unit.text.length, 0);
  if (chars < ON_SCREEN_FIRST_MIN_CHARS) return null;
  const height = window.innerHeight;
  const near: number[] = [];
  units.forEach((unit, i) => {
    const box = unit.block.getBoundingClientRect();
    if (box.bottom > -height && box.top < 2 * height) near.push(i);
  });
  return near.length && near.length < units.length ? near : null;
}

/** How often a paragraph the page keeps changing under us is read again. */
const MAX_REREADS = 3;

export function startAnnotationSession(options: SessionOptions): AnnotationSession {
  const doc = document;
  const log = new RestoreLog();
  const claimed = new WeakSet<Text>();
  const scheduler = createLazyScheduler();
  let wordId = 0;
  let spamHidden = 0;
  let stopped = false;
  let root = options.findRoot();
  const context: AnnotateContext = {
    log,
    claimed,
    nextWordId: () => ++wordId,
    style: options.style,
    toneColours: options.toneColours,
  };

  installPageStyles(doc);

  const rereads = new WeakMap<Element, number>();
  const changes = watchPageChanges(doc, readChanged);

  function readChanged(changed: Node[]) {
    if (!root?.isConnected) {
      // The page replaced its article (single-page navigation): find the new one.
      root = options.findRoot();
      if (root) readAndAnnotate([root]);
      return;
    }
    const probe = options.layoutProbe();
    const { inRoot, besideRoot } = selectChangedNodes(changed, root, probe);
    if (inRoot.length || besideRoot.length) readAndAnnotate(inRoot, probe, besideRoot);
  }

  /** The page changed this paragraph's text while it was being analysed: read it again as it is now. */
  function rereadLater(unit: ParagraphUnit) {
    // Text that keeps changing (a ticker, a clock) is left alone after a few tries.
    const tries = (rereads.get(unit.block) ?? 0) + 1;
    rereads.set(unit.block, tries);
    if (tries > MAX_REREADS) return;
    for (const { node } of unit.pieces) claimed.delete(node);
    changes.requeue(unit.block);
  }

  /** Reads `starts` whole, and the prose paragraphs of `continuations` (additions beside the root). */
  function readAndAnnotate(starts: readonly Node[], probe = options.layoutProbe(), continuations: readonly Node[] = []) {
    return analyzeAndSchedule(starts, probe, continuations).catch((error: unknown) => options.onError?.(error));
  }

  async function analyzeAndSchedule(starts: readonly Node[], probe: LayoutProbe, continuations: readonly Node[]) {
    const units: ParagraphUnit[] = [
      ...starts.flatMap((start) => extractParagraphs(start, { layout: probe, claimed })),
      ...continuations.flatMap((start) => extractParagraphs(start, { layout: probe, claimed }).filter(isProse)),
    ];
    if (!units.length) return;
    const request = { title: options.title(root), paragraphs: units.map((unit) => unit.text), findSpam: options.findSpam };
    const first = onScreenFirst(units);
    if (!first) {
      schedule(units, await options.analyze(request), units.map((_, i) => i));
      return;
    }
    // A long article: what is on screen gets its tokens first; spam is judged over all of it both times.
    const firstSet = new Set(first);
    const rest = units.map((_, i) => i).filter((i) => !firstSet.has(i));
    schedule(units, await options.analyze({ ...request, tokensFor: first }), first);
    if (!stopped) schedule(units, await options.analyze({ ...request, tokensFor: rest }), rest);
  }

  function schedule(units: readonly ParagraphUnit[], response: AnalyzeResponse, indices: readonly number[]) {
    if (stopped) return;
    scheduler.add(
      indices.map((i) => {
        const unit = units[i]!;
        return {
          target: unit.block,
          run: () => {
            const analysis = response.paragraphs[i];
            if (!analysis) return;
            if (!isUnchanged(unit)) return rereadLater(unit);
            changes.writeQuietly(() => {
              const hidden = annotateParagraph(unit, analysis, context);
              if (hidden) {
                spamHidden += hidden;
                options.onSpamCount?.(spamHidden);
              }
            });
          },
        };
      }),
    );
  }

  const started = root ? readAndAnnotate([root]) : Promise.resolve();

  return {
    get spamHidden() {
      return spamHidden;
    },
    started,
    setReveal(reveal) {
      changes.writeQuietly(() => doc.documentElement.toggleAttribute(REVEAL_ATTRIBUTE, reveal));
    },
    stop() {
      if (stopped) return;
      stopped = true;
      changes.stop();
      scheduler.stop();
      log.restoreAll();
      removePageStyles(doc);
      doc.documentElement.removeAttribute(REVEAL_ATTRIBUTE);
    },
  };
}
