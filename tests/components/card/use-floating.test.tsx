/**
 * useFloating writes the card's place and height only when they change: size() measures the card
 * right after writing, and autoUpdate computes again on every scroll and resize, so a write of
 * the same value there would force a layout each time (happy-dom: every rect is zero).
 */
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFloating, type FloatingAnchor } from '../../../components/card/use-floating';

const anchor: FloatingAnchor = {
  getBoundingClientRect: () => new DOMRect(40, 100, 80, 18),
  getClientRects: () => [new DOMRect(40, 100, 80, 18)] as unknown as DOMRectList,
};

function Card() {
  const ref = useRef<HTMLDivElement>(null);
  useFloating(ref, anchor, []);
  return <div class="float" ref={ref} />;
}

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => act(() => render(null, root)));

describe('useFloating', () => {
  it('places the card, then writes nothing when a scroll or resize computes the same place', async () => {
    act(() => render(<Card />, root));
    const el = root.querySelector<HTMLElement>('.float')!;
    await vi.waitFor(() => expect(el.dataset.placed).toBe('true'));
    expect(el.style.getPropertyValue('--qarina-max-block')).toMatch(/^\d+px$/);
    expect(el.style.left).toMatch(/^\d+px$/);
    const setProperty = vi.spyOn(el.style, 'setProperty');
    const setAttribute = vi.spyOn(el, 'setAttribute');
    const computed = vi.spyOn(anchor, 'getBoundingClientRect');
    window.dispatchEvent(new Event('resize'));
    await vi.waitFor(() => expect(computed).toHaveBeenCalled());
    await new Promise((done) => setTimeout(done, 10));
    expect(setProperty).not.toHaveBeenCalled();
    expect(setAttribute).not.toHaveBeenCalled();
  });
});
