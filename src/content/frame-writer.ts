/**
 * Runs DOM writes a few at a time, one batch per animation frame (the first at once when nothing is
 * queued), so the style and layout each batch causes come in the same frame and no frame grows long: the page keeps scrolling and
 * answering input while a long article is annotated. A write is never split; a very long paragraph
 * is written in several (see `WriteStep`).
 */

/** One DOM write; a paragraph may be written in several steps, run in order. */
export type WriteStep = () => void;

export interface FrameWriter {
  /** Queues steps behind those already queued. */
  push(steps: readonly WriteStep[]): void;
  /** Runs nothing more; queued steps are dropped. */
  stop(): void;
}

/**
 * Script time per frame. The layout that the written ruby cause comes on top, and measured on the
 * seed page it costs about twice the script that wrote them: so a frame stays well under 50 ms.
 */
export const FRAME_BUDGET_MS = 8;

export interface FrameWriterOptions {
  view?: Window;
  budgetMs?: number;
  /** A step that throws is reported here; the steps after it still run. */
  onError?(error: unknown): void;
}

export function createFrameWriter(options: FrameWriterOptions = {}): FrameWriter {
  const { view = window, budgetMs = FRAME_BUDGET_MS, onError } = options;
  const queue: WriteStep[] = [];
  let next = 0;
  let frame: number | undefined;
  let stopped = false;

  const runSlice = () => {
    const until = performance.now() + budgetMs;
    // At least one step per frame, however long it is.
    do {
      try {
        queue[next++]!();
      } catch (error) {
        onError?.(error);
      }
    } while (next < queue.length && !stopped && performance.now() < until);
    if (next === queue.length) {
      queue.length = 0;
      next = 0;
    }
  };
  const runFrame = () => {
    frame = undefined;
    runSlice();
    schedule();
  };
  const schedule = () => {
    if (!stopped && frame === undefined && next < queue.length) frame = view.requestAnimationFrame(runFrame);
  };

  return {
    push(steps) {
      if (stopped || !steps.length) return;
      const idle = next === queue.length && frame === undefined;
      queue.push(...steps);
      // Nothing was waiting: the first slice runs now (its layout comes with the next frame, as a
      // frame's own slice would), so the first ruby does not wait a frame for its turn.
      if (idle) runSlice();
      schedule();
    },
    stop() {
      stopped = true;
      queue.length = 0;
      if (frame !== undefined) view.cancelAnimationFrame(frame);
    },
  };
}
