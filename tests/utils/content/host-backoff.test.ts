import { describe, expect, it } from 'vitest';
import { BACKOFF_MESSAGE, HostBackoff } from '../../../utils/content/host-backoff';

function backoff() {
  const clock = { now: 0 };
  const logged: string[] = [];
  const b = new HostBackoff(
    () => clock.now,
    (m) => logged.push(m),
    {
      firstMs: 50,
      maxMs: 1000,
      calmMs: 5000,
      logAt: 3,
    },
  );
  return { b, clock, logged };
}

describe('HostBackoff', () => {
  it('lets a host come back at once before any loss', () => {
    expect(backoff().b.wait()).toBe(0);
  });

  it('doubles the wait with each quick removal, up to the cap, and logs once', () => {
    const { b, clock, logged } = backoff();
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const wait = b.lost(10);
      waits.push(wait);
      expect(b.wait()).toBe(wait);
      clock.now += wait;
      expect(b.wait()).toBe(0);
    }
    expect(waits).toEqual([50, 100, 200, 400, 800, 1000, 1000, 1000]);
    expect(logged).toEqual([BACKOFF_MESSAGE]);
    expect(BACKOFF_MESSAGE).toMatch(/^\[qarina\] /);
  });

  it('starts over after a host that lasted', () => {
    const { b, logged } = backoff();
    b.lost(10);
    b.lost(10);
    expect(b.lost(6000)).toBe(50);
    expect(b.lost(10)).toBe(100);
    expect(logged).toEqual([]);
  });

  it('keeps its numbers bounded however long the page goes on', () => {
    const { b, clock } = backoff();
    for (let i = 0; i < 10_000; i++) clock.now += b.lost(0);
    expect(b.lost(0)).toBe(1000);
  });
});
