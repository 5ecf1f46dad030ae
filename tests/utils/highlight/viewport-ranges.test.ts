import { describe, expect, it } from 'vitest';
import { ViewportRanges, type ObserverFactory } from '../../../utils/highlight/viewport-ranges';

/** A sink recording what is painted, and an observer the test moves units in and out with. */
function setup() {
  const painted = new Set<AbstractRange>();
  const sink = {
    add: (ranges: Iterable<AbstractRange>) => [...ranges].forEach((r) => painted.add(r)),
    remove: (ranges: Iterable<AbstractRange>) => [...ranges].forEach((r) => painted.delete(r)),
  };
  const observed = new Set<Element>();
  let report: Parameters<ObserverFactory>[0] = () => {};
  const factory: ObserverFactory = (onChange) => {
    report = onChange;
    return { observe: (el) => observed.add(el), unobserve: (el) => observed.delete(el), disconnect: () => observed.clear() };
  };
  const view = new ViewportRanges(sink, factory);
  const move = (target: Element, isIntersecting: boolean) => report([{ target, isIntersecting }]);
  return { painted, observed, view, move };
}

const range = () => new Range() as AbstractRange;

describe('ViewportRanges', () => {
  it('paints a unit only once it is near the viewport, and unpaints it when it leaves', () => {
    const { painted, observed, view, move } = setup();
    const p = document.createElement('p');
    const [a, b] = [range(), range()];
    view.set(p, [a, b]);
    expect(observed.has(p)).toBe(true);
    expect(painted.size).toBe(0);
    move(p, true);
    expect([...painted]).toEqual([a, b]);
    move(p, false);
    expect(painted.size).toBe(0);
  });

  it('replaces a near unit\'s ranges at once on a rescan', () => {
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
    const { painted, observed, view, move } = setup();
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    view.set(shadow, [range()]);
    expect(observed.has(host)).toBe(true);
    move(host, true);
    expect(painted.size).toBe(1);
    view.clear();
    expect(painted.size).toBe(0);
    expect(observed.size).toBe(0);
  });
});
