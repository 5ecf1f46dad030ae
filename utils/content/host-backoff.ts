/**
 * How soon the card's host may come back after the page removed it. A page that removes it now
 * and then (a clean-up script, a re-render) gets it back within a few frames, with the card if it
 * is still wanted; a page that removes it again and again gets it back less and less often — the wait
 * doubles with each removal that follows soon after an attach, up to a cap — and one debug line
 * says so. A host that lasts `calmMs` ends the streak. Nothing here runs unless a host is lost.
 */

export interface BackoffPolicy {
  /** The wait after the first removal of a streak. */
  firstMs: number;
  /** The longest wait. */
  maxMs: number;
  /** A host that lived this long was not removed in a loop. */
  calmMs: number;
  /** The streak at which the debug line is written (once). */
  logAt: number;
}

export const HOST_BACKOFF: BackoffPolicy = { firstMs: 50, maxMs: 30_000, calmMs: 5_000, logAt: 3 };

export const BACKOFF_MESSAGE =
  "[qarina] this page keeps removing Qarina's card element (<qarina-ui>); " +
  'putting it back less and less often';

export class HostBackoff {
  private streak = 0;
  private until = 0;
  private logged = false;

  constructor(
    private readonly now: () => number,
    private readonly log: (message: string) => void = (message) => console.debug(message),
    private readonly policy: BackoffPolicy = HOST_BACKOFF,
  ) {}

  /** A host that lived `livedMs` was removed; returns the wait before the next one. */
  lost(livedMs: number): number {
    const { firstMs, maxMs, calmMs, logAt } = this.policy;
    if (livedMs >= calmMs) this.streak = 0;
    this.streak = Math.min(this.streak + 1, 32); // 2^32 × firstMs is past any cap
    const wait = Math.min(firstMs * 2 ** (this.streak - 1), maxMs);
    this.until = this.now() + wait;
    if (this.streak >= logAt && !this.logged) {
      this.logged = true;
      this.log(BACKOFF_MESSAGE);
    }
    return wait;
  }

  /** How long to wait before attaching a host again (0: now). */
  wait(): number {
    return Math.max(0, this.until - this.now());
  }
}
