import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectTextRuns } from '../../../utils/page/text-runs';
import { isBlock } from '../../../utils/page/dom-rules';
import { SIBLING_STEP, unitSteps, unitsIn } from '../../../utils/page/units';

describe('unitsIn', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('asks whether an element is rendered only when it has units below it to enumerate', () => {
    document.body.innerHTML =
      '<article><p id="leaf">a <b>b</b></p><div id="outer"><p>c</p></div></article>';
    const isRendered = vi.fn((_el: Element) => true);
    const units = [...unitsIn(document.body, { isRendered })].map(
      (u) => (u as Element).id || (u as Element).localName,
    );
    expect(units).toEqual(['body', 'article', 'leaf', 'outer', 'p']);
    const asked = isRendered.mock.calls.map(([el]) => el.id || el.localName);
    // A leaf unit is tested by its scan (page-scanner startJob, collectTextRuns), not here too.
    expect(asked).toEqual(['body', 'article', 'outer']);
  });

  it('leaves a hidden subtree, telling onHidden, but yields a leaf unit for its scan to test', () => {
    document.body.innerHTML = '<div id="gone"><p>x</p></div><p id="leaf">y</p>';
    const onHidden = vi.fn();
    const isRendered = (el: Element) => el.id !== 'gone' && el.id !== 'leaf';
    const units = [...unitsIn(document.body, { isRendered, onHidden })];
    expect(units.map((u) => (u as Element).id || (u as Element).localName)).toEqual([
      'body',
      'leaf',
    ]);
    expect(onHidden.mock.calls.map(([el]) => (el as Element).id)).toEqual(['gone']);
  });

  it('collectTextRuns still leaves out a hidden leaf unit, and tells onHidden', () => {
    document.body.innerHTML = '<p>shown</p><p id="leaf">hidden <b>too</b></p>';
    const onHidden = vi.fn();
    const isRendered = (el: Element) => el.id !== 'leaf';
    expect(collectTextRuns(document.body, { isRendered, onHidden }).map((r) => r.text)).toEqual([
      'shown',
    ]);
    expect(onHidden).toHaveBeenCalledWith(document.getElementById('leaf'));
  });

  /** Reads of element links (children and siblings) in each step of the walk. */
  function readsPerStep(root: Node): { units: Node[]; most: number } {
    let reads = 0;
    const spies = (
      ['firstElementChild', 'nextElementSibling', 'previousElementSibling'] as const
    ).map((name) => {
      const get = Object.getOwnPropertyDescriptor(Element.prototype, name)!.get!;
      return vi.spyOn(Element.prototype, name, 'get').mockImplementation(function (this: Element) {
        reads++;
        return get.call(this) as Element | null;
      });
    });
    const units: Node[] = [];
    let most = 0;
    try {
      const steps = unitSteps(root);
      for (;;) {
        reads = 0;
        const step = steps.next();
        most = Math.max(most, reads);
        if (step.done) break;
        if (step.value !== null) units.push(step.value);
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    return { units, most };
  }

  it('walks a parent of thousands of children a few at a time, not all in one step', () => {
    // The 200,000-node page's <main> of 40,000 paragraphs was walked in one call (60–110 ms).
    const main = document.createElement('main');
    for (let i = 0; i < 5000; i++)
      main.append(Object.assign(document.createElement('p'), { id: `p${i}` }));
    document.body.append(main);
    const { units, most } = readsPerStep(document.body);
    expect(units.length).toBe(5002);
    expect((units[2] as Element).id).toBe('p0');
    expect((units.at(-1) as Element).id).toBe('p4999');
    expect(most).toBeLessThan(4 * SIBLING_STEP);
  });

  it('pauses in a long run of children without units, and finds the unit after it', () => {
    document.body.innerHTML = `<div>${'<span>x</span>'.repeat(5000)}<p id="last">y</p></div>`;
    const { units, most } = readsPerStep(document.body);
    expect(units.map((u) => (u as Element).id || (u as Element).localName)).toEqual([
      'body',
      'div',
      'last',
    ]);
    expect(most).toBeLessThan(4 * SIBLING_STEP);
  });

  it('finds every unit after the child it paused at, when that child is removed meanwhile', () => {
    document.body.innerHTML = Array.from({ length: 100 }, (_, i) => `<p id="p${i}">x</p>`).join('');
    const steps = unitSteps(document.body);
    const seen = new Set<string>();
    for (let step = steps.next(); !step.done; step = steps.next()) {
      const unit = step.value as Element | null;
      if (unit === null) continue;
      seen.add(unit.id);
      if (unit.id === 'p10') unit.remove(); // where the walk goes on among body's children
    }
    for (let i = 11; i < 100; i++) expect(seen).toContain(`p${i}`);
  });
});

describe('isBlock: shadow hosts', () => {
  it('counts a <span> or custom element hosting a shadow root, and asks no <b> or <a> for one', () => {
    document.body.innerHTML =
      '<span id="s"></span><x-card id="x"></x-card><b id="b">a</b><a id="a">b</a><span id="t"></span>';
    document.querySelector('#s')!.attachShadow({ mode: 'open' });
    document.querySelector('#x')!.attachShadow({ mode: 'open' });
    const asked: string[] = [];
    for (const el of document.body.children)
      Object.defineProperty(el, 'shadowRoot', {
        get: () => (asked.push(el.id), el.id === 's' || el.id === 'x' ? {} : null),
      });
    expect([...document.body.children].map((el) => isBlock(el))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    // attachShadow throws for <a>, <b> and most inline tags: their getter is never asked.
    expect(asked).toEqual(['s', 'x', 't']);
  });
});
