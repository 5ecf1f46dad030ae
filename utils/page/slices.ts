/**
 * The page scanner's slices: how long one works before it yields, and when the next one runs.
 *
 * The budget (issue 18 goal 1).
 *
 * Why 10 ms and not 4: traced on the 1 MB bench page (scripts/bench/trace-scan.ts), the scan in
 * 4 ms slices took 1.4–2× its CPU time to paint, and almost none of that was waiting: without
 * painting it took what one uninterrupted slice takes. The rest was the work every yield lets in
 * or repeats: ~35 slices each restarting, a frame between most of them, and the first
 * highlights painted in two or three frames instead of one (the units in view were scanned
 * across several slices, so the viewport observer reported them in several frames), each costing
 * 11–18 ms on a 1 MB page because a highlight change makes Chromium repaint the whole document.
 * A 10 ms slice still leaves room for a frame every 16.7 ms and stays far below a long task
 * (50 ms, issue 18 goal 3); a step of the scan (one paragraph, one 16K window of a huge run) is
 * short, so a slice overshoots its budget by little.
 *
 * Input first: where the browser says whether input waits (Chromium's
 * `navigator.scheduling.isInputPending`), a slice ends as soon as a click or a key waits, so the
 * longer budget never delays them. It is asked at most once per INPUT_CHECK_MS (a call into the
 * browser), and never before the slice's first INPUT_CHECK_MS, so the scan always progresses.
 */

import type { Scheduler } from './scheduler';

/** A slice's budget in ms when the scanner is given none. */
export const SLICE_MS = 10;

/** Least time between two questions about waiting input, and before the first. */
export const INPUT_CHECK_MS = 1;

/**
 * Work (characters matched, nodes walked) between two reads of the clock, and what each step of
 * the scan counts on top of its work. Why: the scanner read the clock after every step, 8,444
 * `performance.now()` a 1 MB scan (most steps are a paragraph's few hundred characters), 1.7 % of
 * its profile; now 706 (README, "The scan's DOM side"): it reads it every few paragraphs, and
 * after any step whose work it cannot count (`UNCOUNTED`).
 */
export const CLOCK_WORK = 4096;
export const STEP_WORK = 64;
export const UNCOUNTED = CLOCK_WORK;

/**
 * The work one walked node counts (RunWalk: a text node or an inline element). A node costs what
 * some dozens of matched characters cost (its wrapper, its visibility): a step of 1,024 nodes
 * took 5–6 ms on the bench's wide page (150,000 spans, traced 6 December, night), so counted as
 * one unit each, four such steps (20+ ms) ran between two reads of the clock (issue 18 goal 3).
 */
export const NODE_WORK = 16;

/** Whether the user's input waits for the main thread. */
export type InputPending = () => boolean;

/** The browser's `isInputPending` (discrete input: clicks, keys), or null where it has none. */
export function browserInputPending(): InputPending | null {
  const scheduling = (
    globalThis.navigator as { scheduling?: { isInputPending?: () => boolean } } | undefined
  )?.scheduling;
  const isInputPending = scheduling?.isInputPending;
  if (typeof isInputPending !== 'function') return null;
  return () => isInputPending.call(scheduling);
}

/** The end of the current slice: its budget spent, or input waiting. */
export class SliceBudget {
  private deadline = 0;
  private nextInputCheck = 0;
  private work = 0;

  private readonly inputPending: InputPending | null;

  /** `inputPending` undefined: the browser's; null: input is never asked about. */
  constructor(
    private readonly budgetMs = SLICE_MS,
    inputPending?: InputPending | null,
    private readonly clockWork = CLOCK_WORK,
  ) {
    this.inputPending = inputPending === undefined ? browserInputPending() : inputPending;
  }

  /** A slice starts at `now`. */
  start(now: number): void {
    this.deadline = now + this.budgetMs;
    this.nextInputCheck = now + INPUT_CHECK_MS;
    this.work = 0;
  }

  /** A step did `work` (CLOCK_WORK units: characters, nodes); true when the clock is to be read. */
  spent(work: number): boolean {
    this.work += work + STEP_WORK;
    if (this.work < this.clockWork) return false;
    this.work = 0;
    return true;
  }

  /** Whether the slice should yield at `now`. */
  over(now: number): boolean {
    if (now >= this.deadline) return true;
    if (this.inputPending === null || now < this.nextInputCheck) return false;
    this.nextInputCheck = now + INPUT_CHECK_MS;
    return this.inputPending();
  }
}

/** The next slice: at most one scheduled, moved earlier when work is due sooner. */
export class NextSlice {
  private cancel: (() => void) | null = null;
  private due = 0;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly run: () => void,
  ) {}

  /** Whether a slice is scheduled. */
  get pending(): boolean {
    return this.cancel !== null;
  }

  /** Schedules the slice in `delayMs`, unless one is already due by then. */
  in(delayMs: number): void {
    const due = this.scheduler.now() + delayMs;
    if (this.cancel !== null) {
      if (due >= this.due) return;
      this.cancel();
    }
    this.due = due;
    this.cancel = this.scheduler.schedule(() => {
      this.cancel = null;
      this.run();
    }, delayMs);
  }

  /** Cancels the scheduled slice. */
  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }
}
