import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { PageScanner } from '../../../utils/page/page-scanner';
import { RunWalk, WALK_STEP_NODES } from '../../../utils/page/text-runs';
import { TEST_ENTRIES } from '../match/lexicon-fixture';
import { ManualScheduler, mutationsDelivered } from './manual-scheduler';

const matcher = createMatcher(buildLexicon(TEST_ENTRIES));
const SPANS = 6_000;

/**
 * A block of SPANS inline children (issue 20: a hostile page), names at its start, middle and
 * end, scanned in slices of the manual clock (1 ms a read). `isRendered` is asked once per inline
 * element the walk enters: counted between two reads of the clock, it tells what one step walked.
 */
function setup(clockWork: number | null = 0) {
  const spans = Array.from({ length: SPANS }, (_, i) => `<span id="s${i}">w${i}</span> `);
  spans[1] = '<span id="s1">Kazakhstan</span> ';
  spans[SPANS / 2] = `<span id="s${SPANS / 2}">Wang</span> <b>Yi</b> `;
  spans[SPANS - 2] = `<span id="s${SPANS - 2}">Shanghai</span> `;
  document.body.innerHTML = `<div id="wide">${spans.join('')}</div><p>China</p>`;
  let asked = 0;
  const perStep: number[] = [];
  const clock = new ManualScheduler(1);
  const scheduler = {
    now() {
      perStep.push(asked);
      asked = 0;
      return clock.now();
    },
    schedule: clock.schedule.bind(clock),
  };
  const scanner = new PageScanner(document, {
    matcher,
    scheduler,
    onMentions() {},
    isRendered: () => (asked++, true),
    order: (units) => units,
    ...(clockWork === null ? {} : { clockWork }), // 0: every step reads the clock, 1 ms each
  });
  scanner.start();
  const texts = () => scanner.mentions.map((m) => m.text).sort();
  const walked = () => perStep.reduce((sum, n) => sum + n, asked);
  return { scanner, clock, perStep, texts, walked };
}

describe('PageScanner, a block of thousands of inline children (issue 20)', () => {
  let scanner: PageScanner | undefined;
  afterEach(() => scanner?.stop());

  it('walks it in bounded steps over several slices, and finds its mentions', () => {
    const s = setup();
    scanner = s.scanner;
    s.clock.runAll();
    expect(s.texts()).toEqual(['China', 'Kazakhstan', 'Shanghai', 'Wang Yi']);
    // One span a step would be SPANS at once; a step visits at most WALK_STEP_NODES nodes.
    expect(Math.max(...s.perStep)).toBeLessThanOrEqual(WALK_STEP_NODES);
    expect(s.perStep.filter((n) => n > 0).length).toBeGreaterThan(3);
    expect(s.scanner.stats.slices).toBeGreaterThan(1);
  });

  it('reads the clock after every step of its walk with the default clock work (NODE_WORK)', () => {
    const s = setup(null); // the scanner's own clock work
    scanner = s.scanner;
    s.clock.runAll();
    expect(s.texts()).toEqual(['China', 'Kazakhstan', 'Shanghai', 'Wang Yi']);
    // Elements entered between two reads: at most one step's (half its nodes are the spans'
    // text), not the four steps a node counted as one character's work let run between them.
    expect(Math.max(...s.perStep)).toBeLessThanOrEqual(WALK_STEP_NODES / 2 + 1);
  });

  it('scans it again when it changes while its walk is in progress', async () => {
    const s = setup();
    scanner = s.scanner;
    // Slices until the walk is part way: some spans walked, the rest not yet.
    while (s.walked() < SPANS / 4) s.clock.runAll(1);
    expect(s.scanner.idle).toBe(false);
    document.querySelector('#s1')!.textContent = 'Nurtleu'; // walked already
    document.querySelector(`#s${SPANS - 2}`)!.remove(); // not walked yet
    document.querySelector(`#s${SPANS - 5}`)!.textContent = 'China';
    await mutationsDelivered();
    s.clock.runAll(); // the walk ends, its stale mentions are reported, then the rescan runs
    expect(s.texts()).toEqual(['China', 'China', 'Nurtleu', 'Wang Yi']);
    expect(s.scanner.idle).toBe(true);
  });

  it('is scanned right when the rest of it moves to another block mid-walk', async () => {
    const s = setup();
    scanner = s.scanner;
    while (s.walked() < SPANS / 4) s.clock.runAll(1);
    const wide = document.querySelector('#wide')!;
    const other = document.createElement('div');
    wide.after(other);
    while (wide.childNodes.length > SPANS) other.append(wide.childNodes[SPANS]!);
    await mutationsDelivered();
    s.clock.runAll();
    expect(s.texts()).toEqual(['China', 'Kazakhstan', 'Shanghai', 'Wang Yi']);
    expect(s.scanner.idle).toBe(true);
  });

  it('walks every unit with one RunWalk, restarted a unit (no walk object a unit)', async () => {
    const restart = RunWalk.prototype.restart;
    const walks = new Set<RunWalk>();
    const spy = vi.spyOn(RunWalk.prototype, 'restart').mockImplementation(function (
      this: RunWalk,
      ...args: Parameters<RunWalk['restart']>
    ) {
      walks.add(this);
      return restart.apply(this, args);
    });
    try {
      const s = setup();
      scanner = s.scanner;
      s.clock.runAll();
      document.querySelector('p')!.textContent = 'Kazakhstan'; // a rescan walks with it too
      await mutationsDelivered();
      s.clock.runAll();
      expect(s.texts()).toEqual(['Kazakhstan', 'Kazakhstan', 'Shanghai', 'Wang Yi']);
      expect(spy.mock.calls.length).toBeGreaterThanOrEqual(4); // html, body, the block, <p> twice
      expect(walks.size).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
