/**
 * Runs DOM writes a few at a time, one batch per animation frame (the first at once when nothing is
 * queued), so the style and layout each batch causes come in the same frame and no frame grows long: the page keeps scrolling and
 * answering input while a long article is annotated. A write is never split; a very long paragraph
 * is written in several (see `WriteStep`).
 */

/** One DOM write; a paragraph may be written in several steps, run in order. */
export interface WriteStep {
  run(): void;
  /** How many marks (ruby, hidden spans) it writes: the style and layout it causes grow with them. */
  marks: number;
}

export interface FrameWriter {
  /** Queues steps behind those already queued. */
  push(steps: readonly WriteStep[]): void;
  /** Runs nothing more; queued steps are dropped. */
  stop(): void;
}

/**
 * Script time per frame. The style and layout that the written ruby cause come on top of it.
 */
export const FRAME_BUDGET_MS = 8;

/**
 * Marks written per frame. What makes a frame long is the style and layout of what it wrote, not the
 * script that wrote it, so the budget counts marks. Traced on the ×30 page (scripts/perf/long-tasks.ts,
 * busy 2-core machine): frames that wrote for 3–15 ms of script laid out 3,000–4,500 new boxes
 * (about 7 per ruby) and made tasks of 38–60 ms CPU; with 150 marks a frame lays out about 1,000 and
 * stays under 30 ms.
 */
export const FRAME_MARKS = 150;

export interface FrameWriterOptions {
  view?: Window;
  budgetMs?: number;
  budgetMarks?: number;
  /** A step that throws is reported here; the steps after it still run. */
  onError?(error: unknown): void;
}

export function createFrameWriter(options: FrameWriterOptions = {}): FrameWriter {
  const { view = window, budgetMs = FRAME_BUDGET_MS, budgetMarks = FRAME_MARKS, onError } = options;
  const queue: WriteStep[] = [];
  let next = 0;
  let frame: number | undefined;
  let stopped = false;
  /** Marks written outside a frame callback since the last frame: their layout comes with the next one. */
  let carried = 0;

  /**
   * Runs steps within the budgets and returns the marks written. Unless the frame already has
   * layout to do (`carried`), at least one step runs, however large, so the queue always moves.
   */
  const runSlice = (carriedMarks: number): number => {
    const until = performance.now() + budgetMs;
    let marks = carriedMarks;
    while (next < queue.length && !stopped) {
      const step = queue[next]!;
      const first = marks === 0;
      if (!first && (marks + step.marks > budgetMarks || performance.now() >= until)) break;
      next++;
      marks += step.marks;
      try {
        step.run();
      } catch (error) {
        onError?.(error);
      }
    }
    if (next === queue.length) {
      queue.length = 0;
      next = 0;
    }
    return marks - carriedMarks;
  };
  const runFrame = () => {
    frame = undefined;
    // A slice written at once is laid out in this frame: this frame writes only what is left of the budget.
    const already = carried;
    carried = 0;
    runSlice(already);
    schedule();
  };
  const schedule = () => {
    // Also after a slice written at once that emptied the queue: the next frame ends its carry.
    if (!stopped && frame === undefined && (next < queue.length || carried > 0)) frame = view.requestAnimationFrame(runFrame);
  };

  return {
    push(steps) {
      if (stopped || !steps.length) return;
      const idle = next === queue.length && frame === undefined;
      queue.push(...steps);
      // Nothing was waiting: the first slice runs now (its layout comes with the next frame, as a
      // frame's own slice would), so the first ruby does not wait a frame for its turn.
      if (idle) carried += runSlice(0);
      schedule();
    },
    stop() {
      stopped = true;
      queue.length = 0;
      if (frame !== undefined) view.cancelAnimationFrame(frame);
    },
  };
}
