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

/** The browser's (or Node's) clock and timers. */
export const defaultScheduler: Scheduler = {
  now: () => performance.now(),
  schedule(task, delayMs = 0) {
    const id = setTimeout(task, delayMs);
    return () => clearTimeout(id);
  },
};
