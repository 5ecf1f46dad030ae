/**
 * Content script ready: from the lexicon message's JSON to a ready matcher, per knowledge-base
 * size, with the background's lexicon build time and the message's size beside it.
 */
import type { BenchPage } from './bench-page';
import type { KbName } from './fixtures';
import { bytes, median, met, ms, record, repeat, type Report } from './harness';

export async function measureReady(
  bench: BenchPage,
  report: Report,
  quick: boolean,
): Promise<void> {
  const kbs: KbName[] = quick ? ['bundled'] : ['bundled', '10k', '100k'];
  const runs = quick ? 1 : 9;
  const rows: string[][] = [];
  const figures: unknown[] = [];
  for (const kb of kbs) {
    await bench.reload();
    await bench.call('load', 'kb', kb);
    const builds = await repeat(quick || kb === '100k' ? 1 : 3, () =>
      bench.call('buildLexiconOf', kb),
    );
    const ready = median(
      (
        await repeat(kb === '100k' ? Math.min(runs, 3) : runs, () =>
          bench.call('readyFromJson', kb),
        )
      ).map((r) => r.ms),
    );
    const build = median(builds.map((b) => b.ms));
    const goal = kb === '100k' ? 100 : 20;
    rows.push([
      kb,
      builds[0]!.patterns.toLocaleString('en'),
      ms(ready),
      ms(build),
      bytes(builds[0]!.jsonBytes),
      `< ${goal} ms: ${met(ready < goal)}`,
    ]);
    figures.push({
      kb,
      readyMs: ready,
      buildMs: build,
      jsonBytes: builds[0]!.jsonBytes,
      patterns: builds[0]!.patterns,
    });
  }
  record(
    report,
    'contentScriptReady',
    {
      title: 'Content script ready: lexicon JSON received → matcher ready (median)',
      columns: [
        'knowledge base',
        'patterns',
        'ready',
        'lexicon build (background)',
        'message size',
        'goal',
      ],
      rows,
      note: 'ready = JSON.parse + lexiconFromJSON + createMatcher; build = buildLexicon + lexiconToJSON + stringify.',
    },
    figures,
  );
}
