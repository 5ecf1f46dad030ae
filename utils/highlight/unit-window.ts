/**
 * A near unit with very many mentions is painted only around the visible area.
 *
 * Why: ViewportRanges paints whole units, which bounds the ranges registered only while units are
 * small. One block can hold tens of thousands of mentions (a <div> of 150,000 <span>s, a 1 MB
 * <pre>, a page whose one text node is megabytes long): painting it made 24,048 mentions and
 * ranges in one task (184–347 ms, traced) and the next rendering update revalidated them all
 * (414–439 ms; Chromium pays ~10 µs a registered range at each highlight change). Such a unit is
 * painted only for its mentions within one viewport height of the visible area (as units are),
 * plus WINDOW_MARGIN mentions on either side, at most WINDOW_FROM in all.
 *
 * The window is found without laying out every mention: mentions are in document order, and a
 * normal flow places them top to bottom, so a binary search over the unit's mentions with a few
 * rectangle reads (~2 log₂ n) finds the first and the last one in the area. Only the probes and
 * the window's mentions are read (`at(i)` makes a PageMention: the compact store makes none for
 * the rest). While such a unit is painted, scrolling and resizing are followed once a frame; the
 * window moves when the area leaves it, by the mentions that enter and leave only.
 *
 * Text placed out of order (columns, floats, positioned runs inside the unit) breaks the search's
 * premise: some visible mentions may then be left unpainted; they stay found (hit tests, keyboard
 * moves and the popup's list read MentionIndex, not the painter).
 */
import { boxOf } from './unit-chunks';

/** Where ranges are painted (HighlightPainter fits). */
export interface RangeSink {
  add(ranges: Iterable<AbstractRange>): void;
  remove(ranges: Iterable<AbstractRange>): void;
}

/** A unit's items, read one by one (an array, or a record of mentions made on demand). */
export interface ItemList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** An item's ranges as a list (toRange gives one or several). */
export const rangesOf = (
  made: AbstractRange | readonly AbstractRange[],
): readonly AbstractRange[] => (Array.isArray(made) ? made : [made as AbstractRange]);

/**
 * Units with more mentions than this are painted by window, and a window holds at most this
 * many. 512 ranges cost Chromium ~5 ms of revalidation at a change: a unit that size still
 * paints whole at once, as before; a screenful of dense text (the wide page: ~300 mentions in a
 * 1280×720 viewport's three heights) fits a window.
 */
export const WINDOW_FROM = 512;
/** Mentions painted beyond either end of the area: a small scroll moves nothing. */
export const WINDOW_MARGIN = 64;

/** A mention's vertical extent in viewport coordinates. */
export interface Extent {
  top: number;
  bottom: number;
}

/** What the window reads of the page (a seam: happy-dom lays nothing out). */
export interface WindowGeometry<T> {
  extentOf(item: T): Extent;
  viewportHeight(): number;
  /** Calls `onMove` at most once a frame after the page scrolls or resizes; returns a stop. */
  follow(onMove: () => void): () => void;
}

/** The browser's geometry; `extentOf` reads an item's rectangle. */
export function browserGeometry<T>(extentOf: (item: T) => Extent): WindowGeometry<T> {
  return {
    extentOf,
    viewportHeight: () => globalThis.innerHeight ?? 0,
    follow(onMove) {
      let frame = 0;
      const listener = (): void => {
        if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), onMove()));
      };
      const options = { capture: true, passive: true }; // capture: inner scrollers' scrolls too
      addEventListener('scroll', listener, options);
      addEventListener('resize', listener, options);
      return () => {
        removeEventListener('scroll', listener, options);
        removeEventListener('resize', listener, options);
        if (frame !== 0) cancelAnimationFrame(frame);
      };
    },
  };
}

/** The browser's geometry for items measured by a range (a StaticRange through a Range). */
export function defaultGeometry<T>(
  toRange: (item: T) => AbstractRange | readonly AbstractRange[],
): WindowGeometry<T> {
  return browserGeometry((item) => {
    const range = rangesOf(toRange(item))[0];
    if (range === undefined) return { top: 0, bottom: 0 };
    const live = range.startContainer.ownerDocument!.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.getBoundingClientRect();
  });
}

/** What a mention offers to be measured (PageMention fits). */
export interface Placed {
  readonly startNode: Text;
  readonly unit: Node;
  toRange(): Range;
}

/**
 * A mention's extent: the box of the element around it inside its unit when that box is small
 * (an inline span, a link), else the mention's range. Why: the first Range rectangle read in a
 * block makes Chromium map the whole block's text (measured: ~160 ms for a block of 150,000
 * spans, then 0.01 ms a read), which an element's box does not need (0.003 ms). The element
 * holds the mention's start and keeps document order (a mention running on into the next span
 * ends a line later at most: the window's margin covers it); a tall one (a wrapper of the whole
 * text) would not tell where the mention is.
 */
export function placedExtent(mention: Placed): Extent {
  const el = mention.startNode.parentElement;
  if (el !== null && el !== boxOf(mention.unit)) {
    const box = el.getBoundingClientRect();
    if (box.height < (globalThis.innerHeight ?? 0) / 2) return box;
  }
  return mention.toRange().getBoundingClientRect();
}

/** The first index in [0, n) for which `past` holds (false…false true…true), or n. */
function firstPast(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The window [lo, hi) of `items` to paint (the area's mentions, the margin, the bound), and the
 * part of it that must stay painted [core0, core1) (the area's mentions within the window).
 */
export function windowOf<T>(
  items: ItemList<T>,
  geometry: WindowGeometry<T>,
): [number, number, number, number] {
  const n = items.length;
  const height = geometry.viewportHeight();
  const extent = (i: number): Extent => geometry.extentOf(items.at(i)!);
  const first = firstPast(n, (i) => extent(i).bottom > -height);
  const end = firstPast(n, (i) => extent(i).top >= 2 * height);
  let lo = Math.max(0, first - WINDOW_MARGIN);
  let hi = Math.min(n, Math.max(end, first) + WINDOW_MARGIN);
  if (hi - lo > WINDOW_FROM) {
    // More than the bound near the area: keep those around the visible area's top.
    const shown = firstPast(n, (i) => extent(i).bottom > 0);
    lo = Math.max(lo, Math.min(shown - WINDOW_MARGIN, hi - WINDOW_FROM));
    hi = lo + WINDOW_FROM;
  }
  return [lo, hi, Math.max(lo, Math.min(first, hi)), Math.max(lo, Math.min(end, hi))];
}

interface Painted<T> {
  items: ItemList<T>;
  lo: number;
  hi: number;
  /** The ranges of items lo…hi-1, by index from lo. */
  ranges: (readonly AbstractRange[])[];
}

/** The windowed units that are painted, and the following of scrolls while there are any. */
export class UnitWindows<T> {
  private readonly units = new Map<Element, Painted<T>>();
  private stop: (() => void) | null = null;

  constructor(
    private readonly sink: RangeSink,
    private readonly toRange: (item: T) => AbstractRange | readonly AbstractRange[],
    private readonly geometry: WindowGeometry<T>,
    /** Told of a unit's ranges after its window moved. */
    private readonly onMoved: (box: Element, ranges: AbstractRange[]) => void,
  ) {}

  /** Whether a unit of these items is painted by window. */
  static takes(items: ItemList<unknown>): boolean {
    return items.length > WINDOW_FROM;
  }

  /** Paints a near unit's window (its old ranges are the caller's); returns its ranges. */
  paint(box: Element, items: ItemList<T>): AbstractRange[] {
    const [lo, hi] = windowOf(items, this.geometry);
    const unit: Painted<T> = { items, lo, hi, ranges: [] };
    for (let i = lo; i < hi; i++) unit.ranges.push(rangesOf(this.toRange(items.at(i)!)));
    this.units.set(box, unit);
    this.stop ??= this.geometry.follow(() => this.update());
    const flat = unit.ranges.flat();
    this.sink.add(flat);
    return flat;
  }

  /** Forgets a unit that is no longer painted (the caller removed its ranges). */
  drop(box: Element): void {
    if (!this.units.delete(box) || this.units.size > 0) return;
    this.stop?.();
    this.stop = null;
  }

  clear(): void {
    this.units.clear();
    this.stop?.();
    this.stop = null;
  }

  /** After a scroll or resize: moves the windows the area has left. */
  update(): void {
    for (const [box, unit] of this.units) {
      const [lo, hi, core0, core1] = windowOf(unit.items, this.geometry);
      if (core0 >= unit.lo && core1 <= unit.hi) continue; // the area is still inside: nothing to do
      this.move(unit, lo, hi);
      this.onMoved(box, unit.ranges.flat());
    }
  }

  /** Removes the ranges of the mentions that leave, adds those of the ones that enter. */
  private move(unit: Painted<T>, lo: number, hi: number): void {
    const gone: AbstractRange[] = [];
    const next: (readonly AbstractRange[])[] = [];
    const added: AbstractRange[] = [];
    for (let i = unit.lo; i < unit.hi; i++)
      if (i < lo || i >= hi) gone.push(...unit.ranges[i - unit.lo]!);
    for (let i = lo; i < hi; i++) {
      const kept = i >= unit.lo && i < unit.hi ? unit.ranges[i - unit.lo] : undefined;
      const ranges = kept ?? rangesOf(this.toRange(unit.items.at(i)!));
      if (kept === undefined) added.push(...ranges);
      next.push(ranges);
    }
    this.sink.remove(gone);
    this.sink.add(added);
    Object.assign(unit, { lo, hi, ranges: next });
  }
}
