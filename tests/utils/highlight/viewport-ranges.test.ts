import { describe, expect, it } from 'vitest';
import {
  OBSERVE_AT_ONCE,
  OBSERVE_BATCH_MS,
  ViewportRanges,
  type ObserverFactory,
} from '../../../utils/highlight/viewport-ranges';
import { ManualScheduler } from '../page/manual-scheduler';

/** A sink recording what is painted, and an observer the test moves units in and out with. */
function setup<T = AbstractRange>(toRange?: (item: T) => AbstractRange) {
  const painted = new Set<AbstractRange>();
  const sink = {
    add: (ranges: Iterable<AbstractRange>) => [...ranges].forEach((r) => painted.add(r)),
    remove: (ranges: Iterable<AbstractRange>) => [...ranges].forEach((r) => painted.delete(r)),
  };
  const observed = new Set<Element>();
  let report: Parameters<ObserverFactory>[0] = () => {};
  const factory: ObserverFactory = (onChange) => {
    report = onChange;
    return {
      observe: (el) => observed.add(el),
      unobserve: (el) => observed.delete(el),
      disconnect: () => observed.clear(),
    };
  };
  const scheduler = new ManualScheduler();
  const view = new ViewportRanges<T>(sink, factory, toRange, scheduler);
  // Observation is batched: let the batch go, then report as the observer would.
  const move = (target: Element, isIntersecting: boolean) => {
    scheduler.runAll();
    report([{ target, isIntersecting }]);
  };
  return { painted, observed, view, move, scheduler };
}

const range = () => new Range() as AbstractRange;

describe('ViewportRanges', () => {
  it('paints a unit only once it is near the viewport, and unpaints it when it leaves', () => {
    const { painted, observed, view, move, scheduler } = setup();
    const p = document.createElement('p');
    const [a, b] = [range(), range()];
    view.set(p, [a, b]);
    scheduler.runAll();
    expect(observed.has(p)).toBe(true);
    expect(painted.size).toBe(0);
    move(p, true);
    expect([...painted]).toEqual([a, b]);
    move(p, false);
    expect(painted.size).toBe(0);
  });

  it("replaces a near unit's ranges at once on a rescan", () => {
    const { painted, view, move } = setup();
    const p = document.createElement('p');
    const [a, b] = [range(), range()];
    view.set(p, [a]);
    move(p, true);
    view.set(p, [b]);
    expect([...painted]).toEqual([b]);
  });

  it('forgets a unit left without mentions, and a unit far away never paints', () => {
    const { painted, observed, view, move } = setup();
    const [near, far] = [document.createElement('p'), document.createElement('li')];
    view.set(near, [range()]);
    view.set(far, [range()]);
    move(near, true);
    view.set(near, []);
    expect(observed.has(near)).toBe(false);
    expect(painted.size).toBe(0);
    expect(view.units).toBe(1);
  });

  it('stands a shadow root in with its host and clears everything', () => {
    const { painted, observed, view, move, scheduler } = setup();
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    view.set(shadow, [range()]);
    scheduler.runAll();
    expect(observed.has(host)).toBe(true);
    move(host, true);
    expect(painted.size).toBe(1);
    view.clear();
    expect(painted.size).toBe(0);
    expect(observed.size).toBe(0);
  });

  it('makes ranges from items only while their unit is near, and drops them when it leaves', () => {
    const made: string[] = [];
    const { painted, view, move } = setup<string>((name) => {
      made.push(name);
      return range();
    });
    const [near, far] = [document.createElement('p'), document.createElement('p')];
    view.set(near, ['a', 'b']);
    view.set(far, ['c']);
    expect(made).toEqual([]);
    move(near, true);
    expect(made).toEqual(['a', 'b']);
    expect([view.ranges, painted.size]).toEqual([2, 2]);
    view.set(near, ['d']); // a rescan of a near unit: new ranges at once, the old ones gone
    expect(made).toEqual(['a', 'b', 'd']);
    expect([view.ranges, painted.size]).toEqual([1, 1]);
    move(near, false);
    expect([view.ranges, painted.size]).toEqual([0, 0]);
    expect(made).toEqual(['a', 'b', 'd']); // the far unit never had ranges
  });

  it('observes the first units at once, then in batches (the first soon, then once a period)', () => {
    const { observed, view, scheduler } = setup();
    const first = Array.from({ length: OBSERVE_AT_ONCE }, () => document.createElement('p'));
    for (const p of first) view.set(p, [range()]);
    expect(observed.size).toBe(OBSERVE_AT_ONCE);
    const [a, b, c, d] = ['p', 'p', 'p', 'li'].map((tag) => document.createElement(tag));
    view.set(a!, [range()]);
    expect(observed.has(a!)).toBe(false); // not within the scan's own task
    scheduler.runDue();
    expect(observed.has(a!)).toBe(true);
    scheduler.time += 10;
    view.set(b!, [range()]);
    view.set(c!, [range()]);
    view.set(d!, [range()]);
    view.set(d!, []); // gone before its batch: never observed
    scheduler.runDue();
    expect(observed.size).toBe(OBSERVE_AT_ONCE + 1);
    scheduler.time += OBSERVE_BATCH_MS;
    scheduler.runDue();
    expect([b, c].every((el) => observed.has(el!))).toBe(true);
    expect(observed.size).toBe(OBSERVE_AT_ONCE + 3);
  });

  it('observes nothing after clear()', () => {
    const { observed, view, scheduler } = setup();
    for (let i = 0; i <= OBSERVE_AT_ONCE; i++) view.set(document.createElement('p'), [range()]);
    view.clear();
    scheduler.runAll();
    expect(observed.size).toBe(0);
  });
});
