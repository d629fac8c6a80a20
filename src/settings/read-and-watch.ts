/**
 * Reads stored settings and follows their changes with no gap between the two. Watching only after
 * the first read resolves leaves a window: a switch flipped while the read is in flight (the popup,
 * on a cold browser whose storage answers slowly) fires its change event before anyone listens, and
 * the page keeps what the stale read said. Here the watch comes first; a change seen during the read
 * is read again before the first value is handed out.
 */

export interface WatchedValue<T> {
  /** The value as of the end of the first read, later changes included. */
  readonly initial: T;
  /** From now on, `onChange` gets a fresh read after every change (and after one since `initial`). */
  listen(onChange: (value: T) => void): void;
  /** Stops watching. */
  stop(): void;
}

/**
 * `read` gets the current value; `watch` calls its argument on every change of what `read` reads
 * and returns the function that stops it.
 */
export async function readAndWatch<T>(read: () => Promise<T>, watch: (changed: () => void) => () => void): Promise<WatchedValue<T>> {
  let changedUnheard = false;
  let listener: ((value: T) => void) | undefined;
  let stopped = false;
  const readForListener = () => void read().then((value) => !stopped && listener?.(value));
  const unwatch = watch(() => {
    if (listener) readForListener();
    else changedUnheard = true;
  });
  let initial = await read();
  while (changedUnheard) {
    changedUnheard = false;
    initial = await read();
  }
  return {
    initial,
    listen(onChange) {
      listener = onChange;
      // A change between the first value and now (the caller may wait on other reads) is not lost.
      if (changedUnheard) {
        changedUnheard = false;
        readForListener();
      }
    },
    stop() {
      stopped = true;
      unwatch();
    },
  };
}

/** Calls `changed` on a change of any of `items`; returns the function that stops watching them all. */
export function watchAll(items: ReadonlyArray<{ watch(onChange: () => void): () => void }>, changed: () => void): () => void {
  const unwatch = items.map((item) => item.watch(() => changed()));
  return () => unwatch.forEach((stop) => stop());
}
