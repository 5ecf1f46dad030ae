/**
 * Hover intent: when a card opens and closes as the pointer moves. A small state machine with
 * injectable timers.
 *
 * - Resting on a mention for `openDelay` ms opens its card (moving to another mention restarts
 *   the wait; the open card stays until the new one opens).
 * - Leaving the mention starts a `closeDelay` grace period, so the pointer can travel into the
 *   card; entering the card (or coming back) cancels it. Leaving the card starts it again.
 * - A pinned card (click on the term, the pin button, a tap, the keyboard) ignores the pointer
 *   and closes only when told to.
 */

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(handle: number): void;
}

export type OpenReason = 'hover' | 'click' | 'tap' | 'keyboard';

export interface HoverIntentOptions<T> {
  /** Read at every wait, so a settings change applies to the next card. */
  openDelay: () => number;
  closeDelay: number;
  /** Whether two targets are the same mention (a rescan may rebuild the objects). */
  same?: (a: T, b: T) => boolean;
  onOpen(target: T, reason: OpenReason): void;
  onClose(): void;
  timers: Timers;
}

export class HoverIntent<T> {
  /** The target whose card is open. */
  current: T | null = null;
  pinned = false;
  private pending: T | null = null;
  private openTimer: number | null = null;
  private closeTimer: number | null = null;
  private overCard = false;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  private same(a: T | null, b: T | null): boolean {
    if (a === null || b === null) return a === b;
    return (this.options.same ?? Object.is)(a, b);
  }

  /** The pointer is over this target (or over no target: null), outside the card. */
  pointAt(target: T | null): void {
    if (this.overCard) this.overCard = false;
    if (this.pinned) return;
    if (target === null) {
      this.cancelOpen();
      if (this.current !== null) this.scheduleClose();
      return;
    }
    if (this.same(target, this.current)) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (this.same(target, this.pending)) return; // already waiting for it
    this.cancelOpen();
    this.cancelClose(); // the open card stays while the next one is due
    this.pending = target;
    this.openTimer = this.options.timers.set(() => {
      this.openTimer = null;
      this.pending = null;
      this.open(target, 'hover');
    }, this.options.openDelay());
  }

  /** The pointer entered the card. */
  enterCard(): void {
    this.overCard = true;
    this.cancelOpen();
    this.cancelClose();
  }

  /** The pointer left the card (to nothing in particular). */
  leaveCard(): void {
    this.overCard = false;
    if (this.current !== null && !this.pinned) this.scheduleClose();
  }

  /** Opens at once (click, tap, keyboard); pinned unless told otherwise. */
  openNow(target: T, reason: OpenReason, pin = reason !== 'hover'): void {
    this.cancelOpen();
    this.cancelClose();
    this.pinned = pin;
    if (!this.same(target, this.current) || reason === 'keyboard') this.open(target, reason);
  }

  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    if (pinned) this.cancelClose();
  }

  /** Closes now (Escape, the close button, scrolling away, a pause). */
  close(): void {
    this.cancelOpen();
    this.cancelClose();
    this.pinned = false;
    this.overCard = false;
    if (this.current === null) return;
    this.current = null;
    this.options.onClose();
  }

  private open(target: T, reason: OpenReason): void {
    this.current = target;
    this.options.onOpen(target, reason);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = this.options.timers.set(() => {
      this.closeTimer = null;
      this.close();
    }, this.options.closeDelay);
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) this.options.timers.clear(this.openTimer);
    this.openTimer = null;
    this.pending = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.options.timers.clear(this.closeTimer);
    this.closeTimer = null;
  }
}
