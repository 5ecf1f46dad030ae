import { describe, expect, it, vi } from 'vitest';
import { ViewportRanges, type ObserverFactory } from '../../../utils/highlight/viewport-ranges';
import {
  placedExtent,
  WINDOW_FROM,
  WINDOW_MARGIN,
  windowOf,
  type WindowGeometry,
} from '../../../utils/highlight/unit-window';
import { ManualScheduler } from '../page/manual-scheduler';

/** An item at a height on the page (px from the page's top), with its range. */
interface Item {
  y: number;
  range: AbstractRange;
}

const HEIGHT = 100; // the viewport's height: the near area is [-100, 200) around the scroll

/** A page laid out by hand: items' tops, a scroll offset, and the scroll listener. */
function setup() {
  const painted = new Set<AbstractRange>();
  const changes: number[] = []; // ranges added + removed by each sink call
  const sink = {
    add: (ranges: Iterable<AbstractRange>) => {
      const list = [...ranges];
      changes.push(list.length);
      list.forEach((r) => painted.add(r));
    },
    remove: (ranges: Iterable<AbstractRange>) => {
      const list = [...ranges];
      changes.push(list.length);
      list.forEach((r) => painted.delete(r));
    },
  };
  let report: Parameters<ObserverFactory>[0] = () => {};
  const factory: ObserverFactory = (onChange) => {
    report = onChange;
    return { observe: () => {}, unobserve: () => {}, disconnect: () => {} };
  };
  const page = { scroll: 0, onMove: null as (() => void) | null, reads: 0 };
  const geometry: WindowGeometry<Item> = {
    extentOf: (item) => ({ top: item.y - page.scroll, bottom: item.y - page.scroll + 10 }),
    viewportHeight: () => HEIGHT,
    follow(onMove) {
      page.onMove = onMove;
      return () => (page.onMove = null);
    },
  };
  const scheduler = new ManualScheduler();
  const view = new ViewportRanges<Item>(sink, factory, (item) => item.range, scheduler, geometry);
  const near = (target: Element, isIntersecting: boolean) => {
    scheduler.runAll();
    report([{ target, isIntersecting }]);
  };
  /** `count` items `gap` px apart, read through at() (counted: each read makes a mention). */
  const unit = (count: number, gap: number) => {
    const items: Item[] = Array.from({ length: count }, (_, i) => ({
      y: i * gap,
      range: new Range(),
    }));
    const list = { length: count, at: (i: number) => (page.reads++, items[i]) };
    return { items, list };
  };
  return { painted, changes, view, near, page, unit, geometry };
}

/** Whether the items visible at the page's scroll are painted. */
const visiblePainted = (items: Item[], painted: Set<AbstractRange>, scroll: number) =>
  items
    .filter((it) => it.y + 10 > scroll && it.y < scroll + HEIGHT)
    .every((it) => painted.has(it.range));

describe('a unit with very many mentions (unit-window.ts)', () => {
  it('paints at most the bound of a 5,000-mention unit, the visible ones among them, reading few', () => {
    const { painted, view, near, page, unit } = setup();
    const div = document.createElement('div');
    const { items, list } = unit(5000, 10);
    view.set(div, list);
    near(div, true);
    expect(painted.size).toBeGreaterThan(0);
    expect(painted.size).toBeLessThanOrEqual(WINDOW_FROM);
    expect(view.ranges).toBe(painted.size);
    expect(visiblePainted(items, painted, 0)).toBe(true);
    expect(page.reads).toBeLessThan(painted.size + 60); // the window and the search's probes only
    expect(page.onMove).not.toBeNull(); // scrolls are followed while it is painted
  });

  it('moves the window with a scroll, by the mentions that enter and leave, and stops when it leaves', () => {
    const { painted, changes, view, near, page, unit } = setup();
    const div = document.createElement('div');
    const { items, list } = unit(5000, 10);
    view.set(div, list);
    near(div, true);
    const first = new Set(painted);
    page.scroll = 5; // a small scroll: the area stays inside the window
    changes.length = 0;
    page.onMove!();
    expect(changes).toEqual([]);
    page.scroll = 30_000;
    page.onMove!();
    expect(visiblePainted(items, painted, 30_000)).toBe(true);
    expect(painted.has(items[0]!.range)).toBe(false);
    expect([...first].some((r) => painted.has(r))).toBe(false);
    expect(painted.size).toBeLessThanOrEqual(WINDOW_FROM);
    expect(Math.max(...changes)).toBeLessThanOrEqual(WINDOW_FROM);
    page.scroll = 30_400; // a scroll of a few lines: only the entering ones are added
    changes.length = 0;
    page.onMove!();
    expect(visiblePainted(items, painted, 30_400)).toBe(true);
    expect(Math.max(...changes)).toBeLessThanOrEqual(40 + WINDOW_MARGIN);
    near(div, false);
    expect(painted.size).toBe(0);
    expect(page.onMove).toBeNull(); // no listener while no big unit is near
  });

  it('keeps the visible ones of a unit denser than the bound within the near area', () => {
    const { painted, view, near, page, unit } = setup();
    const div = document.createElement('div');
    const { items, list } = unit(5000, 0.05); // all 5,000 within 250 px
    page.scroll = 100;
    view.set(div, list);
    near(div, true);
    expect(painted.size).toBe(WINDOW_FROM);
    expect(visiblePainted(items, painted, 100)).toBe(false); // 2,000 visible: more than the bound
    const top = items.find((it) => it.y + 10 > 100)!;
    expect(painted.has(top.range)).toBe(true); // those at the visible area's top are painted
  });

  it('paints a unit of the bound or fewer whole, as before, without following scrolls', () => {
    const { painted, view, near, page, unit } = setup();
    const div = document.createElement('div');
    const { list } = unit(WINDOW_FROM, 10);
    view.set(div, list);
    near(div, true);
    expect(painted.size).toBe(WINDOW_FROM);
    expect(page.onMove).toBeNull();
  });

  it('a withdrawn big unit is not repainted by a scroll before its rescan', () => {
    const { painted, view, near, page, unit } = setup();
    const div = document.createElement('div');
    view.set(div, unit(5000, 10).list);
    near(div, true);
    view.withdraw(div);
    page.scroll = 20_000;
    page.onMove?.();
    expect(painted.size).toBe(0); // stale ranges would paint characters that moved
    const { items, list } = unit(3000, 10);
    view.set(div, list); // the rescan
    expect(visiblePainted(items, painted, 20_000)).toBe(true);
    expect(painted.size).toBeLessThanOrEqual(WINDOW_FROM);
  });

  it('windowOf: the area, the margin, clamped to the unit', () => {
    const { geometry, page, unit } = setup();
    const { list } = unit(1000, 10);
    page.scroll = 0;
    expect(windowOf(list, geometry).slice(0, 2)).toEqual([0, 20 + WINDOW_MARGIN]);
    page.scroll = 5000; // area [4900, 5200): items 490..519
    expect(windowOf(list, geometry)).toEqual([490 - WINDOW_MARGIN, 520 + WINDOW_MARGIN, 490, 520]);
    page.scroll = 1e6; // all above
    expect(windowOf(list, geometry).slice(0, 2)).toEqual([1000 - WINDOW_MARGIN, 1000]);
  });
});

describe('placedExtent', () => {
  const rect = (top: number, height: number) => ({ top, bottom: top + height, height }) as DOMRect;
  /** A mention of the first text under `parent`, in `unit`, whose range reads at 1. */
  const mention = (unit: Element, parent: Element) => {
    const text = parent.firstChild as Text;
    const range = { getBoundingClientRect: () => rect(1, 1) } as Range;
    return { startNode: text, unit, toRange: () => range };
  };

  it("reads a small inline element's box, not the range (no mapping of the block's text)", () => {
    const div = document.createElement('div');
    div.innerHTML = '<span>Astana</span>';
    const span = div.firstElementChild!;
    vi.spyOn(span, 'getBoundingClientRect').mockReturnValue(rect(100, 10));
    expect(placedExtent(mention(div, span)).top).toBe(100);
  });

  it('reads the range for text right in the unit, or in a tall wrapper', () => {
    const div = document.createElement('div');
    div.innerHTML = 'Astana<b>Kazakhstan</b>';
    expect(placedExtent(mention(div, div)).top).toBe(1);
    const b = div.querySelector('b')!;
    vi.spyOn(b, 'getBoundingClientRect').mockReturnValue(rect(0, 5 * innerHeight));
    expect(placedExtent(mention(div, b)).top).toBe(1);
  });
});
