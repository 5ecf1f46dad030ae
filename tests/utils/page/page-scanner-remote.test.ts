/**
 * The page scanner with a finder that answers later (remote matching, issue 18 goal 4): it goes
 * on scanning while answers are on their way, is idle only once every answer is in, applies an
 * answer only if no later scan of its unit replaced it, and drops answers after it stopped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MentionFinder } from '../../../utils/page/mention-finder';
import { PageScanner, type MentionChange } from '../../../utils/page/page-scanner';
import { UnitMentions } from '../../../utils/page/unit-mentions';
import { localFinder } from '../../../utils/page/mention-finder';
import { collectRunMentions } from '../../../utils/page/run-mentions';
import { foldTextScratch } from '../../../utils/text/fold';
import { matcher } from '../content/mentions-fixture';
import { ManualScheduler, mutationsDelivered } from './manual-scheduler';

/** A finder whose answers the test releases, found with the local matcher meanwhile. */
function heldFinder() {
  const held: { unit: Node; release: () => void }[] = [];
  const finder: MentionFinder = {
    begin(unit, runs, shortForms) {
      // As the remote finder: nothing to send.
      if (runs.length === 0) return Promise.resolve(new UnitMentions(unit, matcher.entryIds));
      return new Promise<UnitMentions>((resolve) => {
        const release = () => {
          const out = new UnitMentions(unit, matcher.entryIds);
          for (const run of runs)
            collectRunMentions(run, matcher, foldTextScratch(run.text), out, { shortForms });
          resolve(out);
        };
        held.push({ unit, release });
      });
    },
    inner: localFinder(matcher).inner,
    knownInner: localFinder(matcher).knownInner,
  };
  return { finder, held };
}

let scanner: PageScanner | undefined;
afterEach(() => scanner?.stop());

function setup(html: string) {
  document.body.innerHTML = html;
  const scheduler = new ManualScheduler();
  const changes: MentionChange[] = [];
  const { finder, held } = heldFinder();
  scanner = new PageScanner(document, {
    finder,
    scheduler,
    onMentions: (change) => changes.push(change),
    isRendered: () => true,
    order: (units) => units,
  });
  scanner.start();
  scheduler.runAll();
  const texts = () => scanner!.mentions.map((m) => m.text).sort();
  return { scanner, scheduler, changes, held, texts };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PageScanner with a finder that answers later', () => {
  it('starts every unit without waiting, and is idle once every answer is in', async () => {
    const s = setup('<p>China</p><p>Astana and Almaty</p>');
    expect(s.held.map((h) => (h.unit as Element).textContent)).toEqual([
      'China',
      'Astana and Almaty',
    ]);
    expect(s.scanner.idle).toBe(false);
    s.held[1]!.release();
    await flush();
    expect(s.texts()).toEqual(['Almaty', 'Astana']);
    expect(s.scanner.idle).toBe(false);
    s.held[0]!.release();
    await flush();
    expect(s.texts()).toEqual(['Almaty', 'Astana', 'China']);
    expect(s.scanner.idle).toBe(true);
  });

  it('applies only the answer of a unit’s latest scan', async () => {
    const s = setup('<p>China</p>');
    const p = document.querySelector('p')!;
    p.textContent = 'Kazakhstan';
    await mutationsDelivered();
    s.scheduler.time += 1000;
    s.scheduler.runAll();
    expect(s.held).toHaveLength(2);
    s.held[1]!.release();
    await flush();
    s.held[0]!.release(); // the first scan's answer comes last: dropped
    await flush();
    expect(s.texts()).toEqual(['Kazakhstan']);
    expect(s.changes).toHaveLength(1);
  });

  it('drops answers that arrive after it stopped', async () => {
    const s = setup('<p>China</p>');
    s.scanner.stop();
    s.held[0]!.release();
    await flush();
    expect(s.changes).toEqual([]);
  });
});
