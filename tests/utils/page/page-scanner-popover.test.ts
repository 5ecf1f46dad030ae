import { afterEach, expect, it } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { PageScanner } from '../../../utils/page/page-scanner';
import { TEST_ENTRIES } from '../match/lexicon-fixture';
import { ManualScheduler } from './manual-scheduler';

let scanner: PageScanner | undefined;
afterEach(() => scanner?.stop());

it('scans a popover when it is shown (no attribute changes: its toggle event tells)', () => {
  document.body.innerHTML = '<p>China</p><div id="pop"><p>Kazakhstan</p></div>';
  const shown = new Set<Element>();
  const scheduler = new ManualScheduler(0);
  scanner = new PageScanner(document, {
    matcher: createMatcher(buildLexicon(TEST_ENTRIES)),
    scheduler,
    onMentions: () => {},
    // The popover is not rendered until shown (happy-dom has no popover rendering).
    isRendered: (el) => el.id !== 'pop' || shown.has(el),
    order: (units) => units,
  });
  scanner.start();
  scheduler.runAll();
  expect(scanner.mentions.map((m) => m.text)).toEqual(['China']);

  const pop = document.getElementById('pop')!;
  shown.add(pop);
  pop.dispatchEvent(new Event('toggle'));
  scheduler.time += 1000;
  scheduler.runAll();
  expect(scanner.mentions.map((m) => m.text).sort()).toEqual(['China', 'Kazakhstan']);
});
