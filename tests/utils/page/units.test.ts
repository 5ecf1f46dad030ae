import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectTextRuns } from '../../../utils/page/text-runs';
import { unitsIn } from '../../../utils/page/units';

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
});
