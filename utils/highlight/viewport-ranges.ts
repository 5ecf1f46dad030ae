/**
 * Keeps only the mentions of units near the viewport in the painted highlight.
 *
 * Why: in Chromium, any change to a registered `Highlight` makes the next frame revalidate every
 * range of every registered highlight (measured: ~10 µs a range, a 200 ms frame for the 22,000
 * mentions of a 1 MB page, for adding or removing one range). With every mention registered, the
 * first scan's per-slice additions turn quadratic (7.8 s for 1 MB) and opening a card (the
 * active highlight) costs a long frame. Registering only the units within a viewport's height of
 * the visible area keeps each change to a few hundred ranges, whatever the page's size.
 */

import { defaultScheduler, type Scheduler } from '../page/scheduler';

/**
 * Beyond the first OBSERVE_AT_ONCE units, new units are handed to the IntersectionObserver at
 * most once per OBSERVE_BATCH_MS. Why: in Chromium, observing a target makes the next frame
 * recompute every target of the page (1–2 µs each), so observing units as a first scan finds
 * them recomputed thousands of targets in every frame of the scan (7 ms a frame by the end of a
 * 1 MB page; 30–60 ms a scan). The first units, those in view (scanned first), and every unit of
 * a small page are observed at once, so they paint in the next frame as before.
 */
export const OBSERVE_AT_ONCE = 256;
export const OBSERVE_BATCH_MS = 100;

/** Where ranges are painted (HighlightPainter fits). */
export interface RangeSink {
  add(ranges: Iterable<AbstractRange>): void;
  remove(ranges: Iterable<AbstractRange>): void;
}

/** What is used of an IntersectionObserver (a seam: happy-dom has none that works). */
export interface UnitObserver {
  observe(target: Element): void;
  unobserve(target: Element): void;
  disconnect(): void;
}

export type ObserverFactory = (
  onChange: (entries: readonly { target: Element; isIntersecting: boolean }[]) => void,
) => UnitObserver;

/** Units within one viewport height above and below the visible area count as near. */
const browserObserver: ObserverFactory = (onChange) =>
  new IntersectionObserver((entries) => onChange(entries), { rootMargin: '100% 0px' });

/** The element whose box stands for a unit (a shadow root's host; a document's root element). */
function boxOf(unit: Node): Element | null {
  if (unit.nodeType === 1) return unit as Element;
  if (unit.nodeType === 11) return (unit as ShadowRoot).host;
  if (unit.nodeType === 9) return (unit as Document).documentElement;
  return null;
}

/**
 * Paints the items (mentions) of the units near the viewport. Items become ranges only while
 * their unit is near (`toRange`), and the ranges are dropped when it leaves: a page's tens of
 * thousands of mentions never all exist as live Ranges, which cost memory and slow every DOM
 * change. Live ranges (not StaticRange): between a mutation and the unit's rescan they follow
 * the text, so a stale range never paints the wrong characters.
 */
export class ViewportRanges<T = AbstractRange> {
  private readonly items = new Map<Element, readonly T[]>();
  /** The ranges painted for each near unit. */
  private readonly painted = new Map<Element, AbstractRange[]>();
  private readonly observer: UnitObserver;
  /** Units waiting to be observed (next batch), and the batch's timer. */
  private readonly pending = new Set<Element>();
  private cancelBatch: (() => void) | null = null;
  private lastBatch = -Infinity;

  constructor(
    private readonly sink: RangeSink,
    createObserver: ObserverFactory = browserObserver,
    private readonly toRange: (item: T) => AbstractRange = (item) => item as AbstractRange,
    private readonly scheduler: Scheduler = defaultScheduler,
  ) {
    this.observer = createObserver((entries) => this.onIntersection(entries));
  }

  /**
   * A unit's items are now `items` (PageScanner's `onMentions` gives the unit and its full new
   * list). Painted at once when the unit is near; otherwise kept until it comes near.
   */
  set(unit: Node, items: readonly T[]): void {
    const box = boxOf(unit);
    if (box === null) return;
    if (items.length === 0) {
      if (!this.items.delete(box)) return;
      this.unpaint(box);
      if (!this.pending.delete(box)) this.observer.unobserve(box);
      return;
    }
    if (this.painted.has(box)) this.paint(box, items);
    if (!this.items.has(box)) this.observeSoon(box); // then reports whether it is near
    this.items.set(box, items);
  }

  /** Everything off: unpaints what is painted and stops observing. */
  clear(): void {
    for (const ranges of this.painted.values()) this.sink.remove(ranges);
    this.painted.clear();
    this.items.clear();
    this.observer.disconnect();
    this.pending.clear();
    this.cancelBatch?.();
    this.cancelBatch = null;
  }

  /** Units registered (near or not), for diagnostics and tests. */
  get units(): number {
    return this.items.size;
  }

  /** Ranges that exist for painting (those of the near units), for diagnostics and tests. */
  get ranges(): number {
    let n = 0;
    for (const ranges of this.painted.values()) n += ranges.length;
    return n;
  }

  private observeSoon(box: Element): void {
    if (this.items.size < OBSERVE_AT_ONCE) return this.observer.observe(box);
    this.pending.add(box);
    if (this.cancelBatch !== null) return;
    const wait = Math.max(0, this.lastBatch + OBSERVE_BATCH_MS - this.scheduler.now());
    this.cancelBatch = this.scheduler.schedule(() => {
      this.cancelBatch = null;
      this.lastBatch = this.scheduler.now();
      for (const pending of this.pending) this.observer.observe(pending);
      this.pending.clear();
    }, wait);
  }

  /** (Re)paints a near unit with ranges made from `items`. */
  private paint(box: Element, items: readonly T[]): void {
    const old = this.painted.get(box);
    if (old) this.sink.remove(old);
    const ranges = items.map(this.toRange);
    this.painted.set(box, ranges);
    this.sink.add(ranges);
  }

  private unpaint(box: Element): void {
    const old = this.painted.get(box);
    if (old === undefined) return;
    this.painted.delete(box);
    this.sink.remove(old);
  }

  private onIntersection(entries: readonly { target: Element; isIntersecting: boolean }[]): void {
    for (const { target, isIntersecting } of entries) {
      const items = this.items.get(target);
      if (items === undefined || isIntersecting === this.painted.has(target)) continue;
      if (isIntersecting) this.paint(target, items);
      else this.unpaint(target);
    }
  }
}
