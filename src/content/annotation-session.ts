/**
 * Annotates one article root, following the reader: the article's paragraphs are read at once (spam
 * is judged over the whole article), but tokens are asked for, and ruby written, only for paragraphs
 * on screen or about to be (near-viewport.ts), a few per animation frame (frame-writer.ts). Content
 * the page adds later is read once; `stop()` restores every replaced Text node.
 */
import { isUnchanged, type AnnotateContext } from '../annotate/annotate-paragraph';
import { REVEAL_ATTRIBUTE } from '../annotate/markers';
import { installPageStyles, removePageStyles } from '../annotate/page-styles';
import { annotationSteps } from '../annotate/paragraph-slices';
import { RestoreLog } from '../annotate/restore-log';
import type { AnalyzeRequest, ParagraphAnalysis } from '../messaging/protocol';
import type { PartialAnalysis } from '../messaging/split-analyze';
import type { PinyinStyle } from '../pinyin/format';
import { isProse } from './article-continuation';
import { selectChangedNodes } from './changed-nodes';
import { extractParagraphs, type LayoutProbe } from './extract-paragraphs';
import { linkRangesOf } from './link-ranges';
import { createFarLayout } from './far-layout';
import { createFrameWriter, type WriteStep } from './frame-writer';
import { watchNearViewport, type NearElement } from './near-viewport';
import { watchPageChanges } from './page-changes';
import { watchPageFights } from './page-fights';
import type { ParagraphUnit } from './paragraph-unit';
import { markOnce } from './timeline';

export interface SessionOptions {
  /** The article root; asked again when the page replaces it (single-page apps). */
  findRoot(): Element | null;
  /** The headline for spam detection, given the current root. */
  title(root: Element | null): string;
  findSpam: boolean;
  analyze(request: Omit<AnalyzeRequest, 'type'>): Promise<PartialAnalysis>;
  layoutProbe(): LayoutProbe;
  style?: PinyinStyle;
  toneColours?: boolean;
  /**
   * Blocks outside the root read like its paragraphs but never judged for spam: the headline and
   * subheads (src/content/headline-blocks.ts).
   */
  extraBlocks?(root: Element | null): Element[];
  /** Marks each ruby as it is written (known words, levels): see AnnotateContext.decorateRuby. */
  decorateRuby?: AnnotateContext['decorateRuby'];
  /** Called whenever the number of spam spans found (hidden as their paragraphs are written) changes. */
  onSpamCount?(count: number): void;
  onError?(error: unknown): void;
}

export interface AnnotationSession {
  /** Spam spans found in what was read so far (each is hidden when its paragraph is written). */
  readonly spamHidden: number;
  /** Spans found that may have been inserted (each is shown with a mark when its paragraph is written). */
  readonly spamSuspect: number;
  /** Places where the page undid our ruby round after round: they are left alone (page-fights.ts). */
  readonly fought: number;
  /** Resolves once what is near the viewport at the start has been analysed and queued (or failed). */
  readonly started: Promise<void>;
  /** Reads the article again for text that has no annotation yet (after a failed analysis). */
  retry(): void;
  setReveal(reveal: boolean): void;
  stop(): void;
}

/** Paragraphs read together: one analysis request names them all (spam is judged across them). */
interface Reading {
  units: ParagraphUnit[];
  request: Omit<AnalyzeRequest, 'type'>;
  /**
   * Spam spans the background found in each paragraph, hidden and marked as suspect; undefined until
   * the paragraph is judged (a long article's parts are judged as the reader reaches them).
   */
  found: Array<{ spam: number; suspects: number } | undefined>;
  /** Their sums over the paragraphs judged so far. */
  spam: number;
  suspects: number;
}

/** How often a paragraph the page keeps changing under us is read again. */
const MAX_REREADS = 3;

export function startAnnotationSession(options: SessionOptions): AnnotationSession {
  const doc = document;
  const log = new RestoreLog();
  const claimed = new WeakSet<Text>();
  const writer = createFrameWriter({ onError: (error) => options.onError?.(error) });
  let wordId = 0;
  let stopped = false;
  let root = options.findRoot();
  /** One per article root the session has annotated (a single-page app may replace it). */
  const farLayouts = [createFarLayout(root)];
  const readings = new Set<Reading>();
  /** Paragraphs waiting to come near the viewport, by the block that is watched for them. */
  const waiting = new Map<Element, Array<{ reading: Reading; index: number }>>();
  /** Readings whose first near-viewport batch has not been asked for yet (see `started`). */
  const unstarted = new Set<Reading>();
  let resolveStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => (resolveStarted = resolve));
  const context: AnnotateContext = {
    log,
    claimed,
    nextWordId: () => ++wordId,
    style: options.style,
    toneColours: options.toneColours,
    decorateRuby: options.decorateRuby,
  };

  installPageStyles(doc);
  const shadowTrees = new Set<ShadowRoot>();

  const rereads = new WeakMap<Element, number>();
  // Parents the page keeps rewriting, or where it undoes our ruby, are left alone (page-fights.ts).
  const fights = watchPageFights((node) => claimed.has(node));
  const changes = watchPageChanges(doc, readChanged, { onRecords: fights.noteRecords, ignore: fights.isLeftAlone });
  const layoutProbe = () => fights.probe(options.layoutProbe());
  const near = watchNearViewport(askForNear);

  function readChanged(changed: Node[]) {
    if (!root?.isConnected) {
      // The page replaced its article (single-page navigation): find the new one.
      root = options.findRoot();
      if (root) {
        farLayouts.push(createFarLayout(root));
        read([root]);
      }
      return;
    }
    const probe = layoutProbe();
    const { inRoot, besideRoot } = selectChangedNodes(changed, root, probe);
    if (inRoot.length || besideRoot.length) read(inRoot, probe, besideRoot);
  }

  /** Lets extraction read these paragraphs' Text nodes again (a later change or retry may). */
  function release(units: readonly ParagraphUnit[]) {
    for (const unit of units) for (const { node } of unit.pieces) claimed.delete(node);
  }

  /** The page changed this paragraph's text while it was being analysed: read it again as it is now. */
  function rereadLater(unit: ParagraphUnit) {
    // Text that keeps changing (a ticker, a clock) is left alone after a few tries.
    const tries = (rereads.get(unit.block) ?? 0) + 1;
    rereads.set(unit.block, tries);
    if (tries > MAX_REREADS) return;
    release([unit]);
    changes.requeue(unit.block);
  }

  /**
   * Text inside an open shadow root (a web component's article): the document's styles and its
   * observer do not reach in, so the root gets both the first time the session reads there.
   */
  function enterTree(node: Node) {
    const tree = node.getRootNode();
    if (!(tree instanceof ShadowRoot) || shadowTrees.has(tree)) return;
    shadowTrees.add(tree);
    installPageStyles(tree);
    changes.observe(tree);
  }

  /** Reads `starts` whole, and the prose paragraphs of `continuations` (additions beside the root). */
  function read(starts: readonly Node[], probe = layoutProbe(), continuations: readonly Node[] = [], findSpam = options.findSpam): void {
    const units: ParagraphUnit[] = [
      ...starts.flatMap((start) => extractParagraphs(start, { layout: probe, claimed })),
      ...continuations.flatMap((start) => extractParagraphs(start, { layout: probe, claimed }).filter(isProse)),
    ];
    if (!units.length) return;
    for (const unit of units) enterTree(unit.pieces[0]!.node);
    const reading: Reading = {
      units,
      request: {
        title: options.title(root),
        paragraphs: units.map((unit) => unit.text),
        findSpam,
        // Where the page's links lie: a farm pastes its keywords as link text (src/spam/link-*.ts).
        ...(findSpam ? { links: units.map((unit) => linkRangesOf(unit)) } : {}),
      },
      found: [],
      spam: 0,
      suspects: 0,
    };
    markOnce('first-read');
    readings.add(reading);
    unstarted.add(reading);
    units.forEach((unit, index) => {
      const list = waiting.get(unit.block);
      if (list) list.push({ reading, index });
      else waiting.set(unit.block, [{ reading, index }]);
    });
    near.observe(new Set(units.map((unit) => unit.block)));
  }

  /**
   * Blocks came near the viewport (nearest first): ask for their paragraphs' tokens, one request per
   * reading; what is on screen is asked for on its own first, so the first ruby need not wait for
   * the tokens of the screen ahead.
   */
  function askForNear(blocks: NearElement[]) {
    const asked: Array<Promise<void>> = [];
    for (const onScreen of [true, false]) {
      const wanted = new Map<Reading, number[]>();
      for (const { element, distance } of blocks) {
        if ((distance === 0) !== onScreen) continue;
        for (const { reading, index } of waiting.get(element) ?? []) {
          const indices = wanted.get(reading);
          if (indices) indices.push(index);
          else wanted.set(reading, [index]);
        }
        waiting.delete(element);
      }
      for (const [reading, indices] of wanted) asked.push(askForTokens(reading, indices));
    }
    // The first look covers every reading observed so far, near or not.
    const firstLook = [...unstarted];
    unstarted.clear();
    if (firstLook.length) void Promise.all(asked).then(() => resolveStarted());
  }

  async function askForTokens(reading: Reading, indices: number[]): Promise<void> {
    let response: PartialAnalysis;
    try {
      markOnce('first-analysis-sent');
      response = await options.analyze({ ...reading.request, tokensFor: indices });
      markOnce('first-analysis-answered');
    } catch (error) {
      release(indices.map((i) => reading.units[i]!));
      options.onError?.(error);
      return;
    }
    if (stopped) return;
    countSpam(reading, response);
    writer.push(indices.flatMap((i) => writeSteps(reading.units[i]!, response.paragraphs[i])));
  }

  function countSpam(reading: Reading, response: PartialAnalysis) {
    response.paragraphs.forEach((paragraph, i) => {
      if (!response.unjudged?.has(i)) reading.found[i] = { spam: paragraph.spam.length, suspects: paragraph.suspects?.length ?? 0 };
    });
    const judged = reading.found.filter((counts) => counts !== undefined);
    reading.suspects = judged.reduce((sum, counts) => sum + counts.suspects, 0);
    const found = judged.reduce((sum, counts) => sum + counts.spam, 0);
    if (found === reading.spam) return;
    reading.spam = found;
    options.onSpamCount?.(spamFound());
  }

  const spamFound = () => [...readings].reduce((sum, reading) => sum + reading.spam, 0);
  const suspectsFound = () => [...readings].reduce((sum, reading) => sum + reading.suspects, 0);

  /** A paragraph's writes: one step, or several for a very long one (paragraph-slices.ts). */
  function writeSteps(unit: ParagraphUnit, analysis: ParagraphAnalysis | undefined): WriteStep[] {
    if (!analysis) return [];
    return annotationSteps(unit, analysis, context).map((step, i) => ({
      marks: step.marks,
      run() {
        if (stopped) return;
        if (i === 0 && !isUnchanged(unit)) return rereadLater(unit);
        markOnce('first-write');
        changes.writeQuietly(() => {
          step();
          farLayouts.at(-1)!.mark(unit.block);
        });
      },
    }));
  }

  if (root) read([root]);
  // The headline and subheads outside the root: their own reading, never judged for spam.
  const extraBlocks = options.extraBlocks?.(root) ?? [];
  if (extraBlocks.length) read(extraBlocks, undefined, [], false);
  // Nothing to read (no root, or no paragraph in it): there is nothing to wait for.
  if (!unstarted.size) resolveStarted();

  return {
    get spamHidden() {
      return spamFound();
    },
    get spamSuspect() {
      return suspectsFound();
    },
    get fought() {
      return fights.fought;
    },
    started,
    retry() {
      if (stopped) return;
      if (!root?.isConnected) root = options.findRoot();
      // Released paragraphs (their analysis failed) are read again; annotated ones stay claimed.
      if (root) read([root]);
    },
    setReveal(reveal) {
      changes.writeQuietly(() => doc.documentElement.toggleAttribute(REVEAL_ATTRIBUTE, reveal));
    },
    stop() {
      if (stopped) return;
      stopped = true;
      resolveStarted();
      changes.stop();
      near.stop();
      writer.stop();
      for (const farLayout of farLayouts) farLayout.clear();
      log.restoreAll();
      removePageStyles(doc);
      for (const tree of shadowTrees) removePageStyles(tree);
      doc.documentElement.removeAttribute(REVEAL_ATTRIBUTE);
    },
  };
}
