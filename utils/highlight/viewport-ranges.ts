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
import {
  boxOf,
  browserObserver,
  chunkNear,
  CHUNK_FROM,
  keyOf,
  placeInChunk,
  type Chunk,
  type ObserverFactory,
  type Side,
  type UnitEntry,
  type UnitObserver,
} from './unit-chunks';
import {
  defaultGeometry,
  rangesOf,
  UnitWindows,
  type ItemList,
  type RangeSink,
  type WindowGeometry,
} from './unit-window';

/**
 * Beyond the first OBSERVE_AT_ONCE targets, new units are handed to the IntersectionObserver at
 * most once per OBSERVE_BATCH_MS (a parent's many units by chunks: unit-chunks.ts). Why: in
 * Chromium, observing a target makes the next frame recompute every target of the page (1–2 µs
 * each), so observing units as a first scan finds them recomputed thousands of targets in every
 * frame of the scan (7 ms a frame by the end of a 1 MB page; 30–60 ms a scan). The first units,
 * those in view (scanned first), and every unit of a small page are observed at once, so they
 * paint in the next frame as before.
 */
export const OBSERVE_AT_ONCE = 256;
export const OBSERVE_BATCH_MS = 100;

export type { ItemList, ObserverFactory, RangeSink, UnitEntry, UnitObserver };

/** The units of one parent, watched one by one or (once it holds many) by chunks. */
interface Group {
  readonly key: Node;
  readonly members: Set<Element>;
  chunked: boolean;
}

/**
 * Paints the items (mentions) of the units near the viewport. Items become ranges only while
 * their unit is near (`toRange`), and the ranges are dropped when it leaves: a page's tens of
 * thousands of mentions never all exist as live Ranges, which cost memory and slow every DOM
 * change. The caller may make StaticRanges (page-mentions.ts does): a live Range is updated by
 * every later change to the document, which made a page's own mutations several times slower
 * (`npm run bench -- --only storm`). A static range does not follow its text, so a unit whose text
 * changes is withdrawn (`withdraw`) until its rescan sets its items again: a stale range never
 * paints characters that moved.
 */
export class ViewportRanges<T = AbstractRange> {
  private readonly items = new Map<Element, ItemList<T>>();
  /** The ranges painted for each near unit. */
  private readonly painted = new Map<Element, AbstractRange[]>();
  private readonly observer: UnitObserver;
  private readonly groups = new Map<Node, Group>();
  private readonly groupOf = new Map<Element, Group>();
  private readonly chunkOf = new Map<Element, Chunk>();
  /** Observed elements: the chunks each one bounds, and its side once reported. */
  private readonly bounds = new Map<Element, Set<Chunk>>();
  private readonly sides = new Map<Element, Side>();
  /** Chunks whose observed ends change at the next batch, and the batch's timer. */
  private readonly pending = new Set<Chunk>();
  private cancelBatch: (() => void) | null = null;
  private lastBatch = -Infinity;
  /** Near units of very many items, painted around the visible area (`geometry`: unit-window.ts). */
  private readonly windows: UnitWindows<T>;

  constructor(
    private readonly sink: RangeSink,
    createObserver: ObserverFactory = browserObserver,
    /** An item's ranges: one, or several (a mention and the names inside it, issue 15). */
    private readonly toRange: (item: T) => AbstractRange | readonly AbstractRange[] = (item) =>
      item as AbstractRange,
    private readonly scheduler: Scheduler = defaultScheduler,
    geometry: WindowGeometry<T> = defaultGeometry(toRange),
  ) {
    this.observer = createObserver((entries) => this.onIntersection(entries));
    this.windows = new UnitWindows(sink, toRange, geometry, (box, to) => this.painted.set(box, to));
  }

  /**
   * A unit's items are now `items` (PageScanner's `onMentions` gives the unit and its full new
   * list). Painted at once when the unit is near; otherwise kept until it comes near.
   */
  set(unit: Node, items: ItemList<T>): void {
    const box = boxOf(unit);
    if (box === null) return;
    if (items.length === 0) {
      if (!this.items.delete(box)) return;
      this.unpaint(box);
      this.leave(box);
      return;
    }
    const known = this.items.has(box);
    this.items.set(box, items);
    if (this.painted.has(box)) this.paint(box, items);
    if (!known) this.join(box);
    else if (this.groupOf.get(box)?.key !== keyOf(box)) {
      this.leave(box); // moved to another parent
      this.join(box);
    }
  }

  /**
   * A near unit's text changed: its ranges come off now (before the change is painted) and back
   * when `set` gives its items again (the rescan; `set` repaints a unit that is painted, and a
   * withdrawn one stays painted with no ranges meanwhile).
   */
  withdraw(unit: Node): void {
    const box = boxOf(unit);
    const old = box === null ? undefined : this.painted.get(box);
    if (old === undefined || old.length === 0) return;
    this.sink.remove(old);
    this.painted.set(box!, []);
    this.windows.drop(box!); // its window is found again when the rescan sets its items
  }

  /** Everything off: unpaints what is painted and stops observing. */
  clear(): void {
    for (const ranges of this.painted.values()) this.sink.remove(ranges);
    this.painted.clear();
    this.windows.clear();
    this.items.clear();
    this.observer.disconnect();
    this.groups.clear();
    this.groupOf.clear();
    this.chunkOf.clear();
    this.bounds.clear();
    this.sides.clear();
    this.pending.clear();
    this.cancelBatch?.();
    this.cancelBatch = null;
  }

  /** Units registered (near or not), for diagnostics and tests. */
  get units(): number {
    return this.items.size;
  }

  /** Elements the IntersectionObserver watches, for diagnostics and tests. */
  get targets(): number {
    return this.bounds.size;
  }

  /** Ranges that exist for painting (those of the near units), for diagnostics and tests. */
  get ranges(): number {
    let n = 0;
    for (const ranges of this.painted.values()) n += ranges.length;
    return n;
  }

  private join(box: Element): void {
    const key = keyOf(box);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { key, members: new Set(), chunked: false };
      this.groups.set(key, group);
    }
    group.members.add(box);
    this.groupOf.set(box, group);
    if (group.chunked) return this.later(placeInChunk(box, this.chunkOf));
    if (group.members.size > CHUNK_FROM) return this.chunk(group);
    const single: Chunk = { members: new Set([box]), start: box, end: box, watched: [] };
    this.chunkOf.set(box, single);
    if (this.bounds.size < OBSERVE_AT_ONCE) this.sync(single);
    else this.later(single);
  }

  /** A group grown past CHUNK_FROM units: its units are watched by chunks from now on. */
  private chunk(group: Group): void {
    group.chunked = true;
    for (const box of group.members) this.dissolve(this.chunkOf.get(box));
    for (const box of group.members) this.later(placeInChunk(box, this.chunkOf));
  }

  private leave(box: Element): void {
    const group = this.groupOf.get(box);
    if (group === undefined) return;
    this.groupOf.delete(box);
    group.members.delete(box);
    if (group.members.size === 0) this.groups.delete(group.key);
    const chunk = this.chunkOf.get(box);
    if (chunk === undefined) return;
    this.chunkOf.delete(box);
    chunk.members.delete(box);
    if (chunk.members.size === 0)
      this.sync(chunk); // nothing left to watch
    else if (box === chunk.start || box === chunk.end) {
      const rest = [...chunk.members];
      this.dissolve(chunk); // its units find chunks again, next to their neighbours
      for (const unit of rest) this.later(placeInChunk(unit, this.chunkOf));
    }
  }

  /** Takes a chunk's units out of it; its ends are released at the next batch. */
  private dissolve(chunk: Chunk | undefined): void {
    if (chunk === undefined) return;
    for (const box of chunk.members) this.chunkOf.delete(box);
    chunk.members.clear();
    this.later(chunk);
  }

  private later(chunk: Chunk): void {
    this.pending.add(chunk);
    if (this.cancelBatch !== null) return;
    const wait = Math.max(0, this.lastBatch + OBSERVE_BATCH_MS - this.scheduler.now());
    this.cancelBatch = this.scheduler.schedule(() => {
      this.cancelBatch = null;
      this.lastBatch = this.scheduler.now();
      const chunks = [...this.pending];
      this.pending.clear();
      // Chunks with units first: an end that a dissolved chunk releases stays watched.
      for (const chunk of chunks) if (chunk.members.size > 0) this.sync(chunk);
      for (const chunk of chunks) if (chunk.members.size === 0) this.sync(chunk);
    }, wait);
  }

  /** Observes a chunk's current ends (and no other element for it), then paints accordingly. */
  private sync(chunk: Chunk): void {
    this.pending.delete(chunk);
    const { start, end } = chunk;
    const wanted = chunk.members.size === 0 ? [] : start === end ? [start] : [start, end];
    for (const target of chunk.watched) if (!wanted.includes(target)) this.release(target, chunk);
    for (const target of wanted) if (!chunk.watched.includes(target)) this.watch(target, chunk);
    chunk.watched = wanted;
    this.evaluate(chunk);
  }

  private watch(target: Element, chunk: Chunk): void {
    const chunks = this.bounds.get(target);
    if (chunks !== undefined) return void chunks.add(chunk);
    this.bounds.set(target, new Set([chunk]));
    this.observer.observe(target); // it reports its side in the next frame
  }

  private release(target: Element, chunk: Chunk): void {
    const chunks = this.bounds.get(target);
    if (chunks === undefined || !chunks.delete(chunk) || chunks.size > 0) return;
    this.bounds.delete(target);
    this.sides.delete(target);
    this.observer.unobserve(target);
  }

  /** Paints or unpaints a chunk's units once the sides of its ends are known. */
  private evaluate(chunk: Chunk): void {
    const near = chunkNear(this.sides.get(chunk.start), this.sides.get(chunk.end));
    if (near === undefined) return;
    for (const box of chunk.members) {
      const items = this.items.get(box);
      if (items === undefined) continue;
      if (near && !this.painted.has(box)) this.paint(box, items);
      else if (!near && this.painted.has(box)) this.unpaint(box);
    }
  }

  /** (Re)paints a near unit with ranges made from `items`. */
  private paint(box: Element, items: ItemList<T>): void {
    const old = this.painted.get(box);
    if (old) this.sink.remove(old);
    if (UnitWindows.takes(items)) return void this.painted.set(box, this.windows.paint(box, items));
    this.windows.drop(box);
    const ranges: AbstractRange[] = [];
    for (let i = 0; i < items.length; i++) ranges.push(...rangesOf(this.toRange(items.at(i)!)));
    this.painted.set(box, ranges);
    this.sink.add(ranges);
  }

  private unpaint(box: Element): void {
    const old = this.painted.get(box);
    if (old === undefined) return;
    this.painted.delete(box);
    this.windows.drop(box);
    this.sink.remove(old);
  }

  private onIntersection(entries: readonly UnitEntry[]): void {
    for (const { target, isIntersecting, side } of entries) {
      const chunks = this.bounds.get(target);
      if (chunks === undefined) continue;
      this.sides.set(target, isIntersecting ? 'near' : (side ?? 'below'));
      for (const chunk of chunks) this.evaluate(chunk);
    }
  }
}
