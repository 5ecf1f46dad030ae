/** The README's knowledge-base counts are the data's (issue 17): recomputed from data/kb. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { kbStats, statsParagraph } from '../../scripts/lib/kb-stats';
import { bundledJson } from '../fixtures/bundled-kb';

it('README states the counts computed from data/kb (npx tsx scripts/kb-stats.ts prints them)', () => {
  const readme = readFileSync('README.md', 'utf8');
  const between = /<!-- kb-stats[^>]*-->\n([^\n]*)\n<!-- \/kb-stats -->/.exec(readme);
  expect(between, 'the README has the kb-stats markers').not.toBeNull();
  expect(between![1]).toBe(statsParagraph(kbStats(bundledJson)));
});
