import { afterEach, describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { PageScanner } from '../../../utils/page/page-scanner';
import { TEST_ENTRIES } from '../match/lexicon-fixture';
import { ManualScheduler } from './manual-scheduler';

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
});
