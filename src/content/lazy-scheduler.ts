/**
 * Runs DOM jobs lazily: a job whose element is in or near the viewport runs as soon as it is seen;
 * the rest run in idle time, a few at a time, so a very long page never blocks the main thread.
 */
export interface LazyJob {
  /** The element whose visibility makes this job urgent. */
  target: Element;
  run(): void;
}

export interface LazyScheduler {
  add(jobs: readonly LazyJob[]): void;
  /** Runs nothing more; pending jobs are dropped. */
  stop(): void;
}

/** How far outside the viewport a paragraph counts as "about to be seen". */
const VIEWPORT_MARGIN = '100% 0px 100% 0px';
/** When idle callbacks are unavailable (Safari-like engines), work in slices this long (ms). */
const FALLBACK_SLICE_MS = 8;

export function createLazyScheduler(view: Window = window): LazyScheduler {
  const pending = new Set<LazyJob>();
  const byTarget = new Map<Element, LazyJob[]>();
  let stopped = false;
  let idleHandle: number | undefined;

  const run = (job: LazyJob) => {
    if (!pending.delete(job)) return;
    job.run();
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        for (const job of byTarget.get(entry.target) ?? []) run(job);
        byTarget.delete(entry.target);
      }
    },
    { rootMargin: VIEWPORT_MARGIN },
  );

  const hasIdle = typeof view.requestIdleCallback === 'function';
  const scheduleIdle = () => {
    if (stopped || idleHandle !== undefined || pending.size === 0) return;
    idleHandle = hasIdle
      ? view.requestIdleCallback(work, { timeout: 1000 })
      : view.setTimeout(() => work(null), 16);
  };
  const work = (deadline: IdleDeadline | null) => {
    idleHandle = undefined;
    const sliceEnd = performance.now() + FALLBACK_SLICE_MS;
    const timeLeft = () => (deadline && !deadline.didTimeout ? deadline.timeRemaining() : sliceEnd - performance.now());
    for (const job of pending) {
      if (stopped || timeLeft() <= 1) break;
      run(job);
    }
    scheduleIdle();
  };

  return {
    add(jobs) {
      if (stopped) return;
      for (const job of jobs) {
        pending.add(job);
        const list = byTarget.get(job.target);
        if (list) list.push(job);
        else {
          byTarget.set(job.target, [job]);
          observer.observe(job.target);
        }
      }
      scheduleIdle();
    },
    stop() {
      stopped = true;
      observer.disconnect();
      pending.clear();
      byTarget.clear();
      if (idleHandle !== undefined) {
        if (hasIdle) view.cancelIdleCallback(idleHandle);
        else view.clearTimeout(idleHandle);
      }
    },
  };
}
