/**
 * How useMoreBelow reads its metrics: in ResizeObserver's callbacks, after the browser's layout,
 * never in the layout effect (a read there forced a layout of the whole page as the card opened);
 * one observer per element across renders, watching the children each render brings.
 */
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMoreBelow } from '../../../components/card/use-more-below';

class FakeObserver {
  static all: FakeObserver[] = [];
  targets: Element[] = [];
  observed = 0;
  constructor(readonly callback: () => void) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
    this.observed += 1;
  }
  unobserve(target: Element) {
    this.targets = this.targets.filter((t) => t !== target);
  }
  disconnect() {
    this.targets = [];
  }
}

function Box({ items, enabled = true }: { items: string[]; enabled?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const { more } = useMoreBelow(ref, enabled);
  return (
    <div class="box" ref={ref} data-more={String(more)}>
      {items.map((i) => (
        <p key={i}>{i}</p>
      ))}
    </div>
  );
}

let root: HTMLElement;
let reads = 0;
const draw = (node: preact.ComponentChild) => act(() => render(node, root));
const box = () => root.querySelector<HTMLElement>('.box')!;

beforeEach(() => {
  FakeObserver.all = [];
  reads = 0;
  root = document.body.appendChild(document.createElement('div'));
  vi.stubGlobal('ResizeObserver', FakeObserver);
  // Counts layout reads: happy-dom has no layout, so each read gives a box with more below.
  for (const [key, value] of [['scrollHeight', 900], ['clientHeight', 300], ['scrollTop', 0]] as const) {
    vi.spyOn(HTMLElement.prototype, key, 'get').mockImplementation(() => {
      reads += 1;
      return value;
    });
  }
});

afterEach(() => {
  draw(null);
  root.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useMoreBelow with ResizeObserver', () => {
  it('reads no layout while rendering; the observer callback reads it and shows the cue', () => {
    draw(<Box items={['a', 'b']} />);
    expect(reads).toBe(0);
    expect(box().dataset.more).toBe('false');
    act(() => FakeObserver.all[0]!.callback());
    expect(reads).toBeGreaterThan(0);
    expect(box().dataset.more).toBe('true');
  });

  it('keeps one observer across renders, observing only the children a render brought', () => {
    draw(<Box items={['a', 'b']} />);
    const observer = FakeObserver.all[0]!;
    expect(observer.targets).toEqual([box(), ...box().children]);
    draw(<Box items={['a', 'b', 'c']} />);
    expect(FakeObserver.all).toHaveLength(1);
    expect(observer.targets).toEqual([box(), ...box().children]);
    expect(observer.observed).toBe(4);
    expect(reads).toBe(0);
  });

  it('observes the element afresh when children went, so the shorter content is read', () => {
    draw(<Box items={['a', 'b', 'c']} />);
    const observer = FakeObserver.all[0]!;
    const observe = vi.spyOn(observer, 'observe');
    draw(<Box items={['a']} />);
    expect(observe).toHaveBeenCalledWith(box());
    expect(new Set(observer.targets)).toEqual(new Set([box(), ...box().children]));
  });

  it('stops watching when disabled or unmounted', () => {
    draw(<Box items={['a']} />);
    const observer = FakeObserver.all[0]!;
    draw(<Box items={['a']} enabled={false} />);
    expect(observer.targets).toEqual([]);
    draw(<Box items={['a']} />);
    expect(FakeObserver.all).toHaveLength(2);
    draw(null);
    expect(FakeObserver.all[1]!.targets).toEqual([]);
  });
});
