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
import { isNearArticle, isProse } from './article-continuation';
import { extractParagraphs, type LayoutProbe } from './extract-paragraphs';
import { createLazyScheduler } from './lazy-scheduler';
import type { ParagraphUnit } from './paragraph-unit';
import { isInsideSkipped } from './skip-rules';

export interface SessionOptions {
  /** The article root; asked again when the page replaces it (single-page apps). */
  findRoot(): Element | null;
  /** The headline for spam detection, given the current root. */
  title(root: Element | null): string;
  findSpam: boolean;
  analyze(request: Omit<AnalyzeRequest, 'type'>): Promise<AnalyzeResponse>;
  layoutProbe(): LayoutProbe;
  style?: PinyinStyle;
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

/** Added content is gathered this long before it is read, so bursts of mutations become one request. */
const MUTATION_BATCH_MS = 150;
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
  const context: AnnotateContext = { log, claimed, nextWordId: () => ++wordId, style: options.style };

  installPageStyles(doc);

  const pendingAdded: Node[] = [];
  const rereads = new WeakMap<Element, number>();
  let batchTimer: number | undefined;
  const observer = new MutationObserver((records) => collect(records));
  // Attributes too: "read more" buttons and tabs reveal hidden text by changing a class or style.
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'open'],
  });

  function collect(records: readonly MutationRecord[]) {
    for (const record of records) {
      if (record.type === 'attributes') pendingAdded.push(record.target);
      else for (const node of record.addedNodes) pendingAdded.push(node);
    }
    if (pendingAdded.length && batchTimer === undefined && !stopped) {
      batchTimer = window.setTimeout(readAdded, MUTATION_BATCH_MS);
    }
  }

  /** Our own DOM writes must not look like page content: take the records around them away. */
  function writeQuietly(write: () => void) {
    collect(observer.takeRecords());
    write();
    observer.takeRecords();
  }

  function readAdded() {
    batchTimer = undefined;
    // One entry per node: a node changed many times in a batch (an animated style) is read once.
    const added = [...new Set(pendingAdded.splice(0))];
    if (stopped) return;
    if (!root?.isConnected) {
      root = options.findRoot();
      if (root) void readAndAnnotate([root]);
      return;
    }
    const currentRoot = root;
    const probe = options.layoutProbe();
    const readable = (node: Node) => {
      if (!node.isConnected || isInsideSkipped(node, null)) return false;
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return element !== null && probe.isRendered(element);
    };
    // A node inside another added node is read with it.
    const outermost = (nodes: Node[]) => nodes.filter((node) => !nodes.some((other) => other !== node && other.contains(node)));
    // A change above the root (a collapsed article's wrapper expanded) means reading the root again;
    // <body> and <html> classes change all the time for reasons of their own.
    const aboveRoot = added.some(
      (node) => node !== currentRoot && node.contains(currentRoot) && node !== doc.body && node !== doc.documentElement,
    );
    if (aboveRoot) added.push(currentRoot);
    const inRoot = outermost(added.filter((node) => currentRoot.contains(node) && readable(node)));
    const nearRoot = outermost(
      added.filter((node) => !currentRoot.contains(node) && isNearArticle(node, currentRoot) && readable(node)),
    );
    if (inRoot.length || nearRoot.length) void readAndAnnotate(inRoot, probe, nearRoot);
  }

  /** The page changed this paragraph's text while it was being analysed: read it again as it is now. */
  function rereadLater(unit: ParagraphUnit) {
    // Text that keeps changing (a ticker, a clock) is left alone after a few tries.
    const tries = (rereads.get(unit.block) ?? 0) + 1;
    rereads.set(unit.block, tries);
    if (tries > MAX_REREADS) return;
    for (const { node } of unit.pieces) claimed.delete(node);
    pendingAdded.push(unit.block);
    if (batchTimer === undefined && !stopped) batchTimer = window.setTimeout(readAdded, MUTATION_BATCH_MS);
  }

  /** Reads `starts` whole, and the prose paragraphs of `continuations` (additions beside the root). */
  async function readAndAnnotate(starts: readonly Node[], probe = options.layoutProbe(), continuations: readonly Node[] = []) {
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
            writeQuietly(() => {
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

  const started = root
    ? readAndAnnotate([root]).catch((error: unknown) => options.onError?.(error))
    : Promise.resolve();

  return {
    get spamHidden() {
      return spamHidden;
    },
    started,
    setReveal(reveal) {
      writeQuietly(() => doc.documentElement.toggleAttribute(REVEAL_ATTRIBUTE, reveal));
    },
    stop() {
      if (stopped) return;
      stopped = true;
      observer.disconnect();
      if (batchTimer !== undefined) window.clearTimeout(batchTimer);
      scheduler.stop();
      log.restoreAll();
      removePageStyles(doc);
      doc.documentElement.removeAttribute(REVEAL_ATTRIBUTE);
    },
  };
}
