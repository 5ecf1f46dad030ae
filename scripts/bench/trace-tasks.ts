/**
 * Reads a Chromium trace (CDP Tracing, devtools.timeline categories) of one page: its main
 * thread's top-level tasks, and in each the part that is the extension's — script of a
 * chrome-extension:// URL (with the style, layout and garbage collection it runs into) and the
 * IntersectionObserver computation (the pages measured observe nothing themselves; the baseline
 * without the extension shows it).
 */

/** A trace event as CDP reports it (the fields used here). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; message?: string } };
}

/** One top-level task of the page's main thread, in ms from the trace's first task. */
/** Trace categories for a task split with V8's garbage collections (the diagnostic tools' traces). */
export const GC_TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'v8',
  'v8.execute',
  'v8.gc',
  'disabled-by-default-v8.gc',
].join(',');

export interface Task {
  start: number;
  ms: number;
  /** The extension's part of it. */
  extensionMs: number;
  /** Extension script in it run by an animation frame (the hover's hit test). */
  frameCallbackMs: number;
  /** Extension script in it run by an event listener (pointermove, scroll…). */
  eventMs: number;
}

const TOP = 'ThreadControllerImpl::RunTask';
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'V8.CompileModule']);
const OBSERVERS = 'IntersectionObserverController::computeIntersections';

const isExtension = (e: TraceEvent) =>
  (SCRIPT.has(e.name) && (e.args?.data?.url ?? '').startsWith('chrome-extension://')) ||
  e.name === OBSERVERS;

/** The renderer main thread with the most events (the page's, in a one-page trace), as "pid:tid". */
export function mainThread(
  events: readonly { name: string; pid: number; tid: number; args?: { name?: unknown } }[],
): string | null {
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const mains = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`);
  return mains.sort((a, b) => counts.get(b)! - counts.get(a)!)[0] ?? null;
}

/** The main thread's top-level tasks with the extension's part of each. */
export function tasksOf(events: readonly TraceEvent[]): Task[] {
  const main = mainThread(events);
  const own = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: (Task & { end: number })[] = [];
  let origin: number | null = null;
  let current: (Task & { end: number }) | null = null;
  let countedUntil = -1;
  let frameUntil = -1;
  let eventUntil = -1;
  for (const e of own) {
    const end = e.ts + (e.dur ?? 0);
    if (e.name === TOP && (current === null || e.ts >= current.end)) {
      origin ??= e.ts;
      current = {
        start: (e.ts - origin) / 1000,
        ms: (e.dur ?? 0) / 1000,
        end,
        extensionMs: 0,
        frameCallbackMs: 0,
        eventMs: 0,
      };
      tasks.push(current);
      continue;
    }
    if (current === null || e.ts >= current.end) continue;
    if (e.name === 'FireAnimationFrame') frameUntil = Math.max(frameUntil, end);
    if (e.name === 'EventDispatch') eventUntil = Math.max(eventUntil, end);
    if (e.ts >= countedUntil && isExtension(e)) {
      countedUntil = end; // nested events are inside this one
      current.extensionMs += (e.dur ?? 0) / 1000;
      if (e.ts < frameUntil) current.frameCallbackMs += (e.dur ?? 0) / 1000;
      else if (e.ts < eventUntil) current.eventMs += (e.dur ?? 0) / 1000;
    }
  }
  return tasks.map(({ start, ms, extensionMs, frameCallbackMs, eventMs }) => ({
    start,
    ms,
    extensionMs,
    frameCallbackMs,
    eventMs,
  }));
}

/** The start (ms, same origin as the tasks) of each console.timeStamp(label) in the trace. */
export function stamps(events: readonly TraceEvent[]): Map<string, number> {
  const main = mainThread(events);
  const top = events.filter((e) => e.name === TOP && `${e.pid}:${e.tid}` === main);
  // A loop, not Math.min(...spread): a long trace's tasks overflow the call stack as arguments.
  const origin = top.reduce((min, e) => Math.min(min, e.ts), Infinity);
  const found = new Map<string, number>();
  for (const e of events) {
    const label = e.name === 'TimeStamp' ? e.args?.data?.message : undefined;
    if (label !== undefined) found.set(label, (e.ts - origin) / 1000);
  }
  return found;
}
