import { afterEach, describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { PageScanner } from '../../../utils/page/page-scanner';
import { TEST_ENTRIES } from '../match/lexicon-fixture';
import { ManualScheduler } from './manual-scheduler';
import { WINDOW } from '../../../utils/page/unit-job';

const matcher = createMatcher(buildLexicon(TEST_ENTRIES));

/** A page far longer than one slice: the clock advances 0.05 ms at every read. */
function setup(inputPending: (() => boolean) | null) {
  document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>item ${i}: Wang Yi</p>`).join(
    '',
  );
  const scheduler = new ManualScheduler(0.05);
  const scanner = new PageScanner(document, {
    matcher,
    scheduler,
    onMentions() {},
    order: (units) => units,
    inputPending,
    clockWork: 0, // every step reads the clock: 0.05 ms each
  });
  scanner.start();
  /** Runs the next slice; returns the clock time it took. */
  const slice = () => {
    const from = scheduler.time;
    scheduler.runAll(1);
    return scheduler.time - from;
  };
  return { scanner, scheduler, slice };
}

describe('PageScanner slices (issue 18 goal 1: fewer, longer slices, input first)', () => {
  let scanner: PageScanner | undefined;
  afterEach(() => scanner?.stop());

  it('works about 10 ms a slice by default', () => {
    const s = setup(null);
    scanner = s.scanner;
    const first = s.slice();
    const second = s.slice();
    for (const ms of [first, second]) {
      expect(ms).toBeGreaterThanOrEqual(10);
      expect(ms).toBeLessThan(11);
    }
  });

  it('ends a slice after its first millisecond when input waits, and still finishes', () => {
    let waiting = true;
    const s = setup(() => waiting);
    scanner = s.scanner;
    expect(s.slice()).toBeLessThan(2);
    expect(s.slice()).toBeLessThan(2);
    waiting = false;
    expect(s.slice()).toBeGreaterThanOrEqual(10);
    s.scheduler.runAll();
    expect(s.scanner.idle).toBe(true);
    expect(s.scanner.mentions).toHaveLength(400);
  });

  /** Scans `html` with the default clock meter; returns the clock reads it took. */
  function reads(html: string, mentions: number): number {
    document.body.innerHTML = html;
    const clock = new ManualScheduler(0.05);
    let n = 0;
    const scheduler = { now: () => (n++, clock.now()), schedule: clock.schedule.bind(clock) };
    scanner = new PageScanner(document, {
      matcher,
      scheduler,
      onMentions() {},
      inputPending: null,
    });
    scanner.start();
    clock.runAll();
    expect(scanner.mentions).toHaveLength(mentions);
    return n;
  }

  it('reads the clock every few paragraphs by default, not after each step', () => {
    const html = Array.from({ length: 400 }, (_, i) => `<p>item ${i}: Wang Yi</p>`).join('');
    // A step each read the clock: two a paragraph (its walk, its match), over 800 in all.
    expect(reads(html, 400)).toBeLessThan(100);
  });

  it('reads it after each window of a huge run (work it does not count)', () => {
    const pre = 'Wang Yi and '.repeat(20_000); // 240,000 characters: 15 windows (unit-job.ts)
    expect(reads(`<pre>${pre}</pre>`, 20_000)).toBeGreaterThan(pre.length / WINDOW);
  });
});
