/** The remote scan's completion check: one task however many units an answer settles. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { oncePerTask } from '../../../scripts/bench/page/once-per-task';

afterEach(() => void vi.useRealTimers());

describe('oncePerTask', () => {
  it('runs once in a later task however often asked, and again when asked after', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const soon = oncePerTask(run);
    for (let i = 0; i < 1000; i++) soon();
    expect(run).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
    soon();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(2);
  });
});
