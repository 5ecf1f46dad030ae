import { afterEach, describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { localFinder, type MentionFinder } from '../../../utils/page/mention-finder';
import { PageScanner } from '../../../utils/page/page-scanner';
import { TEST_ENTRIES } from '../match/lexicon-fixture';
import { ManualScheduler, mutationsDelivered } from './manual-scheduler';

const matcher = createMatcher(buildLexicon(TEST_ENTRIES));

/** A scanner whose finder notes the unit of every job it is asked to begin. */
function setup(html: string) {
  document.body.innerHTML = html;
  const local = localFinder(matcher);
  const begun: string[] = [];
  const finder: MentionFinder = {
    ...local,
    begin(unit, runs, shortForms) {
      begun.push((unit as Element).localName);
      return local.begin(unit, runs, shortForms);
    },
  };
  const scheduler = new ManualScheduler(0.01);
  const scanner = new PageScanner(document, { finder, scheduler, onMentions() {} });
  scanner.start();
  const texts = () => scanner.mentions.map((m) => m.text).sort();
  return { scanner, scheduler, begun, texts };
}

describe('PageScanner jobs (issue 18 goal 3: no per-unit objects for a unit with no text)', () => {
  let scanner: PageScanner | undefined;
  afterEach(() => scanner?.stop());

  it('begins no job for a unit of white space only (html, body, a container)', () => {
    const s = setup('\n<section>\n  <p>Wang Yi</p>\n  <p>no name</p>\n</section>\n');
    scanner = s.scanner;
    s.scheduler.runAll();
    expect(s.texts()).toEqual(['Wang Yi']);
    expect(s.begun).toEqual(['p', 'p']);
  });

  it('still begins one for a unit that had mentions and lost its text, to drop them', async () => {
    const s = setup('<div>Kazakhstan <p>China</p></div>');
    scanner = s.scanner;
    s.scheduler.runAll();
    expect(s.texts()).toEqual(['China', 'Kazakhstan']);
    s.begun.length = 0;
    document.querySelector('div')!.firstChild!.remove(); // the div keeps only its <p>
    await mutationsDelivered();
    s.scheduler.runAll();
    expect(s.begun).toEqual(['div']);
    expect(s.texts()).toEqual(['China']);
  });
});
