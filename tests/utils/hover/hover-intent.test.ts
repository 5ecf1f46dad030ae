import { beforeEach, describe, expect, it } from 'vitest';
import { HoverIntent, type Timers } from '../../../utils/hover/hover-intent';

/** Timers driven by hand. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      due.set(next, { at: now + ms, run });
      return next++;
    },
    clear: (id) => void due.delete(id),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const [id, t] = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || !t) break;
      due.delete(id);
      now = t.at;
      t.run();
    }
    now = until;
  };
  return { timers, advance };
}

let clock: ReturnType<typeof manualTimers>;
let log: string[];
let intent: HoverIntent<string>;
let delay = 300;

beforeEach(() => {
  clock = manualTimers();
  log = [];
  delay = 300;
  intent = new HoverIntent<string>({
    openDelay: () => delay,
    closeDelay: 300,
    timers: clock.timers,
    onOpen: (t, why) => log.push(`open ${t} (${why})`),
    onClose: () => log.push('close'),
  });
});

describe('HoverIntent', () => {
  it('opens after the hover delay, not before', () => {
    intent.pointAt('a');
    clock.advance(299);
    expect(log).toEqual([]);
    clock.advance(1);
    expect(log).toEqual(['open a (hover)']);
  });

  it('does not open when the pointer only passes over', () => {
    intent.pointAt('a');
    clock.advance(100);
    intent.pointAt(null);
    clock.advance(1000);
    expect(log).toEqual([]);
  });

  it('reads the delay at each wait (a settings change applies to the next card)', () => {
    delay = 50;
    intent.pointAt('a');
    clock.advance(50);
    expect(log).toEqual(['open a (hover)']);
  });

  it('closes after the leave delay, unless the pointer reaches the card in time', () => {
    intent.pointAt('a');
    clock.advance(300);
    intent.pointAt(null);
    clock.advance(200);
    intent.enterCard();
    clock.advance(1000);
    expect(log).toEqual(['open a (hover)']);
    intent.pointAt(null); // left the card
    clock.advance(299);
    expect(log).toEqual(['open a (hover)']);
    clock.advance(1);
    expect(log).toEqual(['open a (hover)', 'close']);
  });

  it('coming back to the mention cancels the close', () => {
    intent.pointAt('a');
    clock.advance(300);
    intent.pointAt(null);
    clock.advance(100);
    intent.pointAt('a');
    clock.advance(1000);
    expect(log).toEqual(['open a (hover)']);
  });

  it('moving to another mention swaps cards after the delay, keeping the open one meanwhile', () => {
    intent.pointAt('a');
    clock.advance(300);
    intent.pointAt('b');
    clock.advance(299);
    expect(intent.current).toBe('a');
    clock.advance(1);
    expect(log).toEqual(['open a (hover)', 'open b (hover)']);
  });

  it('a pinned card ignores the pointer until closed', () => {
    intent.openNow('a', 'click');
    expect(intent.pinned).toBe(true);
    intent.pointAt(null);
    intent.pointAt('b');
    clock.advance(5000);
    expect(log).toEqual(['open a (click)']);
    intent.close();
    expect(log).toEqual(['open a (click)', 'close']);
    expect(intent.pinned).toBe(false);
  });

  it('pinning from the card keeps it; unpinning lets it close again', () => {
    intent.pointAt('a');
    clock.advance(300);
    intent.setPinned(true);
    intent.pointAt(null);
    clock.advance(1000);
    expect(intent.current).toBe('a');
    intent.setPinned(false);
    intent.pointAt(null);
    clock.advance(300);
    expect(intent.current).toBeNull();
  });

  it('a tap and the keyboard open at once', () => {
    intent.openNow('a', 'tap');
    intent.openNow('b', 'keyboard');
    expect(log).toEqual(['open a (tap)', 'open b (keyboard)']);
  });

  it('uses the sameness test to recognise a rescanned mention', () => {
    const objects = new HoverIntent<{ id: string }>({
      openDelay: () => 300,
      closeDelay: 300,
      same: (x, y) => x.id === y.id,
      timers: clock.timers,
      onOpen: (t) => log.push(`open ${t.id}`),
      onClose: () => log.push('close'),
    });
    objects.pointAt({ id: 'a' });
    clock.advance(300);
    objects.pointAt({ id: 'a' }); // a new object for the same mention
    clock.advance(1000);
    expect(log).toEqual(['open a']);
  });
});
