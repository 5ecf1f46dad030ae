import { describe, expect, it } from 'vitest';
import {
  OBSERVE_AT_ONCE,
  OBSERVE_BATCH_MS,
  ViewportRanges,
  type ObserverFactory,
} from '../../../utils/highlight/viewport-ranges';
import { CHUNK_CHILDREN, CHUNK_FROM, type Side } from '../../../utils/highlight/unit-chunks';
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
  const side = (target: Element, where: Side) =>
    report([{ target, isIntersecting: where === 'near', side: where }]);
  return { painted, observed, view, move, side, scheduler };
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

  it("withdraws a near unit's ranges when its text changes, and paints the rescan's at once", () => {
    const { painted, view, move } = setup();
    const p = document.createElement('p');
    const [a, b, c] = [range(), range(), range()];
    const far = document.createElement('p');
    const d = range();
    view.set(p, [a, b]);
    view.set(far, [d]);
    move(p, true);
    view.withdraw(p);
    expect(painted.size).toBe(0); // static ranges would paint characters that moved
    view.withdraw(far); // not painted: nothing to take off
    view.set(p, [c]); // the rescan
    expect([...painted]).toEqual([c]);
    move(p, false);
    expect(painted.size).toBe(0);
    move(far, true);
    expect([...painted]).toEqual([d]);
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

  it('watches the many units of one parent by chunks of neighbours, two targets a chunk', () => {
    const { painted, observed, view, side, scheduler } = setup();
    const feed = document.createElement('main');
    const units = Array.from({ length: 2_000 }, () =>
      feed.appendChild(document.createElement('p')),
    );
    const ranges = new Map(units.map((p) => [p, range()]));
    for (const p of [...units.slice(1_000), ...units.slice(0, 1_000)])
      view.set(p, [ranges.get(p)!]);
    scheduler.runAll();
    // Was one target a unit (2,000), recomputed by Chromium in every frame that changes anything.
    const chunks = Math.ceil(units.length / CHUNK_CHILDREN) + 1; // the scan wrapped around once
    expect(observed.size).toBeLessThanOrEqual(2 * chunks);
    expect(view.targets).toBe(observed.size);
    expect(observed.has(units[0]!) && observed.has(units[CHUNK_CHILDREN - 1]!)).toBe(true);
    expect(observed.has(units[1]!)).toBe(false);
    // Chunk 10 spans the near area (first unit above, last below); the rest are far.
    const k = 10 * CHUNK_CHILDREN;
    for (const p of observed) side(p, p.compareDocumentPosition(units[k]!) & 2 ? 'below' : 'above');
    side(units[k]!, 'above');
    side(units[k + CHUNK_CHILDREN - 1]!, 'below');
    const expected = units.slice(k, k + CHUNK_CHILDREN).map((p) => ranges.get(p));
    expect([...painted]).toEqual(expected);
    // Scrolled on: chunk 10 now lies above, chunk 11 comes near.
    side(units[k + CHUNK_CHILDREN - 1]!, 'above');
    side(units[k + CHUNK_CHILDREN]!, 'near');
    expect(painted.size).toBe(CHUNK_CHILDREN);
    expect(painted.has(ranges.get(units[k + CHUNK_CHILDREN + 5]!)!)).toBe(true);
    expect(painted.has(ranges.get(units[k]!)!)).toBe(false);
  });

  it('keeps a chunk painted while its units come and go, and its kept ends observed', () => {
    const { painted, observed, view, side, scheduler } = setup();
    const feed = document.createElement('main');
    const units = Array.from({ length: CHUNK_FROM + 1 }, () =>
      feed.appendChild(document.createElement('p')),
    );
    for (const p of units) view.set(p, [range()]);
    scheduler.runAll();
    for (const p of observed) side(p, 'near');
    expect(painted.size).toBe(units.length);
    const before = new Set(observed);
    view.set(units[3]!, []); // a unit inside the first chunk loses its mentions
    scheduler.time += OBSERVE_BATCH_MS;
    scheduler.runAll();
    expect(painted.size).toBe(units.length - 1);
    expect(observed).toEqual(before); // the same ends: nothing re-observed, nothing unknown
    const late = feed.appendChild(document.createElement('p'));
    view.set(late, [range()]);
    scheduler.time += OBSERVE_BATCH_MS;
    scheduler.runAll();
    side(late, 'near');
    expect(painted.size).toBe(units.length);
  });

  it('watches the units of a parent holding few of them one by one', () => {
    const { observed, view, scheduler } = setup();
    const article = document.createElement('article');
    const units = Array.from({ length: CHUNK_FROM }, () =>
      article.appendChild(document.createElement('p')),
    );
    for (const p of units) view.set(p, [range()]);
    scheduler.runAll();
    expect(observed.size).toBe(CHUNK_FROM);
  });
});
