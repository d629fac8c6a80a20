/**
 * Reads a Chromium trace (CDP Tracing, `toplevel` + timeline categories) for one page's renderer main
 * thread: its longest task and the tasks over 50 ms. The page is found by the frame it committed.
 */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: what the task cost, however busy the machine was. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; processId?: number; frames?: Array<{ url?: string; processId?: number }> } };
}

export interface TaskFigures {
  /** Wall-clock duration of the longest task (inflated when other processes take the CPU). */
  longestMs: number;
  /** CPU time of the task that used the most (the trace's thread duration). */
  longestCpuMs: number;
  /** Tasks of 50 ms or more CPU time. */
  over50: number;
  /** Every task's time, summed (a cross-check of Performance.getMetrics' TaskDuration). */
  totalMs: number;
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * Each task once: Chromium writes a task as `RunTask` with a `ThreadControllerImpl::RunTask` of the
 * same length inside it, so counting both names counted every long task twice.
 */
function outermostTasks(events: readonly TraceEvent[], mainThreads: ReadonlySet<string>): TraceEvent[] {
  const tasks = events
    .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const outermost: TraceEvent[] = [];
  const openUntil = new Map<string, number>();
  for (const e of tasks) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (openUntil.get(thread) ?? -Infinity)) continue;
    openUntil.set(thread, e.ts + e.dur!);
    outermost.push(e);
  }
  return outermost;
}

/** The renderer processes that committed a frame whose URL starts with `origin`. */
function pageProcesses(events: readonly TraceEvent[], origin: string): Set<number> {
  const pids = new Set<number>();
  for (const e of events) {
    const data = e.args?.data;
    if (!data) continue;
    if (data.url?.startsWith(origin) && data.processId) pids.add(data.processId);
    for (const frame of data.frames ?? []) if (frame.url?.startsWith(origin) && frame.processId) pids.add(frame.processId);
  }
  return pids;
}

/** Tasks of the page's main thread that start within [fromUs, toUs) of the trace clock (all when absent). */
export function mainThreadTasks(trace: Uint8Array, origin: string, window?: { fromUs: number; toUs: number }): TaskFigures {
  const { traceEvents } = JSON.parse(new TextDecoder().decode(trace)) as { traceEvents: TraceEvent[] };
  const pids = pageProcesses(traceEvents, origin);
  const mainThreads = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const figures: TaskFigures = { longestMs: 0, longestCpuMs: 0, over50: 0, totalMs: 0 };
  for (const e of outermostTasks(traceEvents, mainThreads)) {
    if (window && (e.ts < window.fromUs || e.ts >= window.toUs)) continue;
    const ms = e.dur! / 1000;
    const cpuMs = (e.tdur ?? e.dur!) / 1000;
    figures.totalMs += ms;
    figures.longestMs = Math.max(figures.longestMs, ms);
    figures.longestCpuMs = Math.max(figures.longestCpuMs, cpuMs);
    if (cpuMs >= 50) figures.over50++;
  }
  return figures;
}

/** Events nested in a task, with what they ran: a script's URL, a layout's dirty object count. */
interface ChildEvent extends TraceEvent {
  args?: TraceEvent['args'] & { beginData?: { dirtyObjects?: number; totalObjects?: number }; data?: { url?: string; functionName?: string; type?: string } };
}

/** How one event is named in a breakdown: scripts by their file (extension or page), the rest by event name. */
function label(e: ChildEvent): string {
  const url = e.args?.data?.url;
  if ((e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') && url) {
    const file = url.startsWith('chrome-extension://') ? `ext:${url.split('/').pop()}` : `page:${url.split('/').pop()?.slice(0, 20)}`;
    return `${e.name}(${file}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''})`;
  }
  if (e.name === 'Layout' && e.args?.beginData?.dirtyObjects !== undefined && e.dur! >= 10_000) {
    return `Layout(${e.args.beginData.dirtyObjects}/${e.args.beginData.totalObjects} dirty, ${(e.dur! / 1000).toFixed(0)} ms)`;
  }
  if (e.name === 'UpdateLayoutTree' && e.dur! >= 5_000) return `UpdateLayoutTree(${(e.args as { elementCount?: number } | undefined)?.elementCount ?? '?'} elements)`;
  return e.name;
}

/**
 * Every main-thread task of `thresholdMs` CPU or more, one line each: when it started (ms after the
 * first clock-sync marker), its CPU and wall time, and its direct children summed by label (ms wall).
 */
export function describeLongTasks(trace: Uint8Array, origin: string, thresholdMs: number): string {
  const { traceEvents } = JSON.parse(new TextDecoder().decode(trace)) as { traceEvents: ChildEvent[] };
  const pids = pageProcesses(traceEvents, origin);
  const mainThreads = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const zero = traceEvents.find((e) => e.name === 'clock_sync')?.ts ?? 0;
  const onMain = traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const lines: string[] = [];
  for (const task of outermostTasks(onMain, mainThreads)) {
    if ((task.tdur ?? task.dur!) / 1000 < thresholdMs) continue;
    const end = task.ts + task.dur!;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end && !TASK_NAMES.has(e.name));
    // Direct children: events not nested in another event of the task; their children one level down too.
    const parts = new Map<string, number>();
    let openUntil = -1;
    let parent = '';
    let childUntil = -1;
    for (const e of inside) {
      if (e.ts >= openUntil) {
        openUntil = e.ts + e.dur!;
        parent = label(e);
        childUntil = -1;
        parts.set(parent, (parts.get(parent) ?? 0) + e.dur! / 1000);
      } else if (e.ts >= childUntil && (e.name === 'Layout' || e.name === 'UpdateLayoutTree' || e.name === 'FunctionCall' || e.name.startsWith('IntersectionObserver'))) {
        childUntil = e.ts + e.dur!;
        const key = `  ${parent} > ${label(e)}`;
        parts.set(key, (parts.get(key) ?? 0) + e.dur! / 1000);
      }
    }
    const breakdown = [...parts].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join('; ');
    lines.push(`  at ${((task.ts - zero) / 1000).toFixed(0).padStart(5)} ms: CPU ${((task.tdur ?? task.dur!) / 1000).toFixed(1)} ms, wall ${(task.dur! / 1000).toFixed(1)} ms — ${breakdown}`);
  }
  return lines.join('\n');
}
