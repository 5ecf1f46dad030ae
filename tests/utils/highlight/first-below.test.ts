import { describe, expect, it } from 'vitest';
import { FirstBelow } from '../../../utils/highlight/first-below';

function page(n: number): HTMLElement[] {
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  return Array.from({ length: n }, () => main.appendChild(document.createElement('p')));
}

describe('FirstBelow', () => {
  it('knows nothing is past until a target is reported below', () => {
    const [a, b] = page(2);
    const below = new FirstBelow();
    expect(below.isPast(b!)).toBe(false);
    below.report(a!, 'near');
    expect(below.isPast(b!)).toBe(false);
  });

  it('tells the units after the first target reported below, not those before it or it', () => {
    const [a, b, c, d] = page(4);
    const below = new FirstBelow();
    below.report(d!, 'below');
    below.report(b!, 'below'); // earlier in the document: the one that counts
    below.report(c!, 'below');
    expect([a, b, c, d].map((p) => below.isPast(p!))).toEqual([false, false, true, true]);
    const inside = c!.appendChild(document.createElement('span'));
    expect(below.isPast(inside)).toBe(true);
  });

  it('forgets the target once it is near again (scrolled), or no longer observed', () => {
    const [a, b, c] = page(3);
    const below = new FirstBelow();
    below.report(a!, 'below');
    below.report(b!, 'near');
    expect(below.isPast(c!)).toBe(true); // another target's report changes nothing
    below.report(a!, 'near');
    expect(below.isPast(c!)).toBe(false);
    below.report(b!, 'below');
    below.forget(b!);
    expect(below.isPast(c!)).toBe(false);
    below.report(b!, 'below');
    below.clear();
    expect(below.isPast(c!)).toBe(false);
  });

  it('does not compare across documents or with detached elements', () => {
    const [a] = page(1);
    const below = new FirstBelow();
    below.report(a!, 'below');
    expect(below.isPast(document.createElement('p'))).toBe(false);
  });
});
