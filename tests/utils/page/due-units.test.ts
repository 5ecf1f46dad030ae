import { describe, expect, it } from 'vitest';
import { takeDueUnit } from '../../../utils/page/due-units';

describe('takeDueUnit (the scanner cooldown)', () => {
  const a = document.createElement('p');
  const b = document.createElement('p');

  it('takes a unit never scanned at once, and removes it from the dirty set', () => {
    const dirty = new Set<Node>([a]);
    expect(takeDueUnit(dirty, new WeakMap(), 250, 1000)).toBe(a);
    expect(dirty.size).toBe(0);
  });

  it('makes a unit scanned moments ago wait, answering when the earliest is due', () => {
    const dirty = new Set<Node>([a, b]);
    const lastScan = new WeakMap<Node, number>([
      [a, 900],
      [b, 950],
    ]);
    expect(takeDueUnit(dirty, lastScan, 250, 1000)).toBe(1150);
    expect(dirty.size).toBe(2);
    expect(takeDueUnit(dirty, lastScan, 250, 1150)).toBe(a);
  });

  it('answers null when nothing is dirty', () => {
    expect(takeDueUnit(new Set(), new WeakMap(), 250, 0)).toBeNull();
  });
});
