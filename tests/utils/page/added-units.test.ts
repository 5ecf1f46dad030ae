import { describe, expect, it } from 'vitest';
import { AddedUnits, unscanned } from '../../../utils/page/added-units';
import { unitSteps } from '../../../utils/page/units';

function setup() {
  document.body.innerHTML = '<main></main><aside></aside>';
  const calls: [string, boolean][] = [];
  const added = new AddedUnits(250, (node, onlyNew) =>
    calls.push([(node as Element).localName + ((node as Element).id || ''), onlyNew]),
  );
  const main = document.querySelector('main')!;
  const p = (id: string) => main.appendChild(Object.assign(document.createElement('p'), { id }));
  return { added, calls, main, p };
}

describe('AddedUnits (added elements under the cooldown)', () => {
  it("enumerates one batch's additions at once, and a later batch's within the cooldown once, when due", () => {
    const { added, calls, main, p } = setup();
    added.startBatch(1000);
    added.add(p('a'), main, false);
    added.add(p('b'), main, false); // same batch: at once (a feed appending its items)
    expect(calls).toEqual([
      ['pa', false],
      ['pb', false],
    ]);
    for (let t = 1010; t < 1250; t += 10) {
      added.startBatch(t); // a storm: a batch every 10 ms
      added.add(p(`c${t}`), main, false);
    }
    expect(calls).toHaveLength(2);
    expect(added.pending).toBe(true);
    expect(added.enumerateDue(1200)).toBe(false);
    expect(added.sooner(null)).toBe(1250);
    expect(added.sooner(1300)).toBe(1250);
    expect(added.enumerateDue(1250)).toBe(true);
    expect(calls.slice(2)).toEqual([['main', true]]); // the parent once, for its new units
    expect(added.pending).toBe(false);
    added.startBatch(1260);
    added.add(p('d'), main, false); // 10 ms after that enumeration: waits again
    expect(calls).toHaveLength(3);
    expect(added.enumerateDue(1500)).toBe(true);
    expect(calls).toHaveLength(4);
  });

  it('enumerates at once an element moved from elsewhere, and additions to another parent', () => {
    const { added, calls, main, p } = setup();
    added.startBatch(0);
    added.add(p('a'), main, false);
    added.startBatch(10);
    added.add(p('moved'), main, true);
    added.add(document.querySelector('aside')!, document.body, false);
    expect(calls).toEqual([
      ['pa', false],
      ['pmoved', false],
      ['aside', false],
    ]);
    expect(added.pending).toBe(false);
  });

  it('tells a unit in a waiting parent (its enumeration finds it if never scanned)', () => {
    const { added, main, p } = setup();
    added.startBatch(0);
    const a = p('a');
    added.add(a, main, false);
    expect(added.waits(a)).toBe(false);
    added.startBatch(10);
    added.add(p('b'), main, false);
    expect(added.waits(a)).toBe(true);
    expect(added.waits(main)).toBe(false);
  });

  it('drops a waiting parent that left the page', () => {
    const { added, calls, main, p } = setup();
    added.startBatch(0);
    added.add(p('a'), main, false);
    added.startBatch(10);
    added.add(p('b'), main, false);
    main.remove();
    expect(added.enumerateDue(1000)).toBe(false);
    expect(calls).toHaveLength(1);
    expect(added.pending).toBe(false);
  });
});

describe('unscanned', () => {
  it('yields only the units never scanned (a pause for the others)', () => {
    document.body.innerHTML = '<main><p id="old">a</p><p id="new">b</p></main>';
    const lastScan = new WeakMap<Node, number>([[document.querySelector('#old')!, 5]]);
    const units = [...unscanned(unitSteps(document.querySelector('main')!), lastScan)];
    expect(
      units.filter((u) => u !== null).map((u) => (u as Element).id || (u as Element).localName),
    ).toEqual(['main', 'new']);
  });
});
