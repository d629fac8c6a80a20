/**
 * The frame writer's budgets: a frame writes at most FRAME_MARKS marks (the layout they cause is what
 * makes a frame long), a slice written at once shares the next frame's budget, a step over the budget
 * still runs alone.
 */
import { describe, expect, it } from 'vitest';
import { createFrameWriter, type WriteStep } from '../../src/content/frame-writer';

/** A window whose animation frames run when the test says. */
function fakeView() {
  let callbacks = new Map<number, FrameRequestCallback>();
  let id = 0;
  const view = {
    requestAnimationFrame: (callback: FrameRequestCallback) => (callbacks.set(++id, callback), id),
    cancelAnimationFrame: (handle: number) => void callbacks.delete(handle),
  } as unknown as Window;
  const frame = () => {
    const now = callbacks;
    callbacks = new Map();
    for (const callback of now.values()) callback(0);
  };
  return { view, frame, pending: () => callbacks.size };
}

function steps(marks: readonly number[], written: number[]): WriteStep[] {
  return marks.map((m, i) => ({ marks: m, run: () => void written.push(i) }));
}

describe('frame writer', () => {
  it('writes at most the mark budget per frame, and the slice written at once counts against the next frame', () => {
    const { view, frame, pending } = fakeView();
    const written: number[] = [];
    const writer = createFrameWriter({ view, budgetMs: 1e9, budgetMarks: 100 });
    writer.push(steps([40, 40, 40, 40, 40, 40, 40], written));
    // At once: two steps (80 marks); a third would pass 100.
    expect(written).toEqual([0, 1]);
    // The next frame lays out those 80 already: 20 left, less than one step, so it writes nothing.
    frame();
    expect(written).toEqual([0, 1]);
    frame();
    expect(written).toEqual([0, 1, 2, 3]);
    frame();
    frame();
    expect(written).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(pending()).toBe(0);
  });

  it('runs a step larger than the budget alone in its frame', () => {
    const { view, frame } = fakeView();
    const written: number[] = [];
    const writer = createFrameWriter({ view, budgetMs: 1e9, budgetMarks: 100 });
    writer.push(steps([10, 300, 10], written));
    expect(written).toEqual([0]);
    frame(); // 10 carried: the 300-mark step does not fit beside them
    expect(written).toEqual([0]);
    frame(); // alone in its frame
    expect(written).toEqual([0, 1]);
    frame();
    expect(written).toEqual([0, 1, 2]);
  });

  it('forgets what was written at once after the next frame', () => {
    const { view, frame, pending } = fakeView();
    const written: number[] = [];
    const writer = createFrameWriter({ view, budgetMs: 1e9, budgetMarks: 100 });
    writer.push(steps([90], written));
    frame();
    expect(pending()).toBe(0);
    writer.push(steps([50, 50, 50], written));
    expect(written).toEqual([0, 0, 1]);
  });

  it('stops writing when stopped', () => {
    const { view, frame, pending } = fakeView();
    const written: number[] = [];
    const writer = createFrameWriter({ view, budgetMs: 1e9, budgetMarks: 50 });
    writer.push(steps([50, 50, 50], written));
    writer.stop();
    frame();
    expect(written).toEqual([0]);
    expect(pending()).toBe(0);
  });
});
