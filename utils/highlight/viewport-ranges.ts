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

export class ViewportRanges {
  private readonly ranges = new Map<Element, readonly AbstractRange[]>();
  private readonly near = new Set<Element>();
  private readonly observer: UnitObserver;

  constructor(
    private readonly sink: RangeSink,
    createObserver: ObserverFactory = browserObserver,
  ) {
    this.observer = createObserver((entries) => this.onIntersection(entries));
  }

  /**
   * A unit's mentions are now `ranges` (PageScanner's `onMentions` gives the unit and its full
   * new list). Painted at once when the unit is near; otherwise kept until it comes near.
   */
  set(unit: Node, ranges: readonly AbstractRange[]): void {
    const box = boxOf(unit);
    if (box === null) return;
    const old = this.ranges.get(box);
    if (this.near.has(box)) {
      if (old) this.sink.remove(old);
      this.sink.add(ranges);
    }
    if (ranges.length === 0) {
      this.ranges.delete(box);
      this.near.delete(box);
      this.observer.unobserve(box);
      return;
    }
    this.ranges.set(box, ranges);
    if (old === undefined) this.observer.observe(box); // reports whether it is near, next frame
  }

  /** Everything off: unpaints what is painted and stops observing. */
  clear(): void {
    for (const box of this.near) this.sink.remove(this.ranges.get(box) ?? []);
    this.near.clear();
    this.ranges.clear();
    this.observer.disconnect();
  }

  /** Units registered (near or not), for diagnostics and tests. */
  get units(): number {
    return this.ranges.size;
  }

  private onIntersection(entries: readonly { target: Element; isIntersecting: boolean }[]): void {
    for (const { target, isIntersecting } of entries) {
      const ranges = this.ranges.get(target);
      if (ranges === undefined || isIntersecting === this.near.has(target)) continue;
      if (isIntersecting) {
        this.near.add(target);
        this.sink.add(ranges);
      } else {
        this.near.delete(target);
        this.sink.remove(ranges);
      }
    }
  }
}
