/**
 * Watches the page for content it adds or reveals after load (infinite scroll, single-page
 * navigation, "read more"), gathered into batches. Dudong's own DOM writes are not reported.
 */

/** Changes are gathered this long before they are reported, so bursts become one batch. */
const BATCH_MS = 150;

export interface PageChanges {
  /** Runs our own DOM writes without reporting them as page changes. */
  writeQuietly(write: () => void): void;
  /** Reports `node` again with the next batch (to read it again). */
  requeue(node: Node): void;
  /** Watches an open shadow root too (a document's observer does not see into shadow trees). */
  observe(root: ShadowRoot): void;
  stop(): void;
}

export interface PageChangeHooks {
  /** Sees every record of the page's own changes first (not Dudong's writes): see page-fights.ts. */
  onRecords?(records: readonly MutationRecord[]): void;
  /** Changes to nodes this says to ignore are not reported (a ticker left alone costs nothing). */
  ignore?(node: Node): boolean;
}

export function watchPageChanges(doc: Document, onBatch: (nodes: Node[]) => void, hooks: PageChangeHooks = {}): PageChanges {
  const pending: Node[] = [];
  let timer: number | undefined;
  let stopped = false;

  const flush = () => {
    timer = undefined;
    // One entry per node: a node changed many times in a batch (an animated style) is read once.
    const nodes = [...new Set(pending.splice(0))];
    if (!stopped && nodes.length) onBatch(nodes);
  };
  const schedule = () => {
    if (pending.length && timer === undefined && !stopped) timer = window.setTimeout(flush, BATCH_MS);
  };
  const collect = (records: readonly MutationRecord[]) => {
    if (records.length) hooks.onRecords?.(records);
    for (const record of records) {
      if (hooks.ignore?.(record.target)) continue;
      if (record.type === 'attributes') pending.push(record.target);
      else for (const node of record.addedNodes) pending.push(node);
    }
    schedule();
  };

  const observer = new MutationObserver(collect);
  // Attributes too: "read more" buttons and tabs reveal hidden text by changing a class or style.
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'open'],
  };
  observer.observe(doc.documentElement, options);

  return {
    writeQuietly(write) {
      collect(observer.takeRecords()); // the page's changes queued before ours still count
      write();
      observer.takeRecords();
    },
    requeue(node) {
      pending.push(node);
      schedule();
    },
    observe(root) {
      if (!stopped) observer.observe(root, options);
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) window.clearTimeout(timer);
    },
  };
}
