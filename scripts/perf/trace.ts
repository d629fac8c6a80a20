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
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name) || e.dur === undefined) continue;
    if (!mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    if (window && (e.ts < window.fromUs || e.ts >= window.toUs)) continue;
    const ms = e.dur / 1000;
    const cpuMs = (e.tdur ?? e.dur) / 1000;
    figures.totalMs += ms;
    figures.longestMs = Math.max(figures.longestMs, ms);
    figures.longestCpuMs = Math.max(figures.longestCpuMs, cpuMs);
    if (cpuMs >= 50) figures.over50++;
  }
  return figures;
}
