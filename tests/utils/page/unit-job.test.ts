import { describe, expect, it } from 'vitest';
import { localFinder, type SteppedJob } from '../../../utils/page/mention-finder';
import { unitRuns } from '../../../utils/page/text-runs';
import { emptyStats } from '../../../utils/page/unit-job';
import { matcher } from '../content/mentions-fixture';

describe('UnitJob', () => {
  it('hands over its mentions in a list of their own size once done (the page keeps it)', () => {
    document.body.innerHTML = '<p>Wang Yi met Murat Nurtleu in Almaty.</p><p>China</p>';
    const p = document.querySelector('p')!;
    const job = localFinder(matcher).begin(p, unitRuns(p), false) as SteppedJob;
    const growing = job.mentions;
    while (!job.step(emptyStats()));
    // A copy: the list push grew holds spare slots (scripts/bench/gc-scan.ts measured 0.75 MB).
    expect(job.mentions).not.toBe(growing);
    expect(job.mentions).toEqual(growing);
    expect(job.mentions.map((m) => m.text)).toEqual(['Wang Yi', 'Murat Nurtleu', 'Almaty']);
    expect(job.step(emptyStats())).toBe(true); // done stays done, same list
    expect(job.mentions).toEqual(growing);
  });
});
