import { describe, expect, it } from 'vitest';
import { INPUT_CHECK_MS, NextSlice, SLICE_MS, SliceBudget } from '../../../utils/page/slices';
import { ManualScheduler } from './manual-scheduler';

describe('SliceBudget', () => {
  it('ends a slice when its budget is spent, 10 ms by default', () => {
    const budget = new SliceBudget(undefined, null);
    budget.start(100);
    expect(SLICE_MS).toBe(10);
    expect(budget.over(109.9)).toBe(false);
    expect(budget.over(110)).toBe(true);
  });

  it('ends a slice as soon as input waits, asking at most once a millisecond', () => {
    let asked = 0;
    let waiting = false;
    const budget = new SliceBudget(10, () => (asked++, waiting));
    budget.start(0);
    expect(budget.over(0.5)).toBe(false); // the slice's first millisecond is never cut
    expect(asked).toBe(0);
    expect(budget.over(INPUT_CHECK_MS)).toBe(false);
    expect(budget.over(1.5)).toBe(false);
    expect(asked).toBe(1);
    waiting = true;
    expect(budget.over(2)).toBe(true);
    expect(asked).toBe(2);
  });
});

describe('NextSlice', () => {
  it('keeps one slice scheduled, moved earlier when work is due sooner', () => {
    const scheduler = new ManualScheduler();
    let ran = 0;
    const next = new NextSlice(scheduler, () => ran++);
    next.in(100);
    next.in(200); // later than the one scheduled: nothing changes
    next.in(5);
    expect(scheduler.pending).toBe(1);
    expect(next.pending).toBe(true);
    scheduler.runAll(1, 5);
    expect([ran, next.pending, scheduler.time]).toEqual([1, false, 5]);
    next.in(0);
    next.stop();
    expect([scheduler.pending, next.pending]).toEqual([0, false]);
  });
});
