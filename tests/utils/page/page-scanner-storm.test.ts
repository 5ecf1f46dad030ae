import { afterEach, describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { PageScanner } from '../../../utils/page/page-scanner';
import { TEST_ENTRIES } from '../match/lexicon-fixture';
import { ManualScheduler, mutationsDelivered } from './manual-scheduler';

const matcher = createMatcher(buildLexicon(TEST_ENTRIES));

/** A scanner over a container of `n` paragraphs, first scan done. */
function setup(n: number) {
  document.body.innerHTML = `<main>${Array.from({ length: n }, (_, i) => `<p>line ${i}</p>`).join('')}</main>`;
  const scheduler = new ManualScheduler();
  const scanner = new PageScanner(document, {
    matcher,
    scheduler,
    onMentions: () => {},
    isRendered: () => true,
    order: (units) => units,
  });
  scanner.start();
  scheduler.runAll();
  return { scanner, scheduler, main: document.querySelector('main')! };
}

/** The storm page's burst: every paragraph replaced by a new one, `times` over. */
function replaceAll(main: Element, times: number) {
  for (let t = 0; t < times; t++) {
    for (const p of [...main.children]) {
      p.replaceWith(Object.assign(document.createElement('p'), { textContent: `Wang Yi ${t}` }));
    }
  }
  // Then rewrites the new paragraphs' text, as the storm page does.
  for (const p of main.children) (p.firstChild as Text).data += '.';
}

describe('PageScanner in a mutation storm (issue 20)', () => {
  let scanner: PageScanner | undefined;
  afterEach(() => scanner?.stop());

  it('does not scan elements added and removed again before its next slice', async () => {
    const s = setup(10);
    scanner = s.scanner;
    const before = s.scanner.stats.unitsScanned;
    replaceAll(s.main, 5); // 50 paragraphs added, 40 of them gone before the slice
    await mutationsDelivered();
    s.scheduler.time += 1000;
    s.scheduler.runAll();
    // The 10 paragraphs on the page and their container; the 40 gone ones cost no scan.
    expect(s.scanner.stats.unitsScanned - before).toBe(11);
    expect(s.scanner.mentions).toHaveLength(10);
  });

  it('rescans a container whose children are replaced batch after batch once a cooldown', async () => {
    const s = setup(10);
    scanner = s.scanner;
    const before = s.scanner.stats.unitsScanned;
    for (let batch = 0; batch < 20; batch++) {
      replaceAll(s.main, 1); // 10 new paragraphs a batch, 10 ms apart: 200 in 200 ms
      await mutationsDelivered();
      s.scheduler.time += 10;
      s.scheduler.runDue();
    }
    // The first batch's paragraphs at once, then the container once its cooldown (250 ms) is
    // over: its paragraphs are not rescanned for every batch (was 10 a batch).
    expect(s.scanner.stats.unitsScanned - before).toBeLessThanOrEqual(12);
    s.scheduler.runAll(); // past the cooldown: the paragraphs now on the page
    expect(s.scanner.stats.unitsScanned - before).toBeLessThanOrEqual(24);
    expect(s.scanner.mentions.map((m) => m.text)).toEqual(Array(10).fill('Wang Yi'));
    expect(s.scanner.idle).toBe(true);
  });
});
