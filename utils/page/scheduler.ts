/**
 * Time slicing: the scanner works in short slices and yields to the page between them, so even a
 * 5 MB page never causes a long task. Injectable, so tests drive time by hand.
 */

/** A clock and a way to run a task later. */
export interface Scheduler {
  /** Current time in milliseconds (monotonic). */
  now(): number;
  /** Runs `task` after `delayMs` (0: as soon as the page has had its turn); returns a cancel function. */
  schedule(task: () => void, delayMs?: number): () => void;
}

type PostTask = (task: () => void, options: { signal: AbortSignal }) => Promise<unknown>;

/**
 * The next task without a timer: `scheduler.postTask` where the browser has it (the page's input
 * and rendering still come first), else a MessageChannel message. Nested `setTimeout(0)` is
 * clamped to 4 ms, which made a 1 MB page's ~100 slices wait longer than they worked.
 */
function nextTask(task: () => void): () => void {
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (typeof postTask === 'function') {
    const controller = new AbortController();
    postTask
      .call((globalThis as unknown as { scheduler: object }).scheduler, task, { signal: controller.signal })
      .catch(() => {}); // aborted: cancelled
    return () => controller.abort();
  }
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      task();
    };
    channel.port2.postMessage(null);
    return () => channel.port1.close(); // a closed port delivers nothing
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/** The browser's (or Node's) clock and timers. */
export const defaultScheduler: Scheduler = {
  now: () => performance.now(),
  schedule(task, delayMs = 0) {
    if (delayMs <= 0) return nextTask(task);
    const id = setTimeout(task, delayMs);
    return () => clearTimeout(id);
  },
};
