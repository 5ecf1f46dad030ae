/**
 * Popup search per keystroke in Chromium, p50/p95, against plain fuse.js over the same entries.
 */
import type { BenchPage } from './bench-page';
import type { KbName } from './fixtures';
import { met, ms, percentile, ratio, record, type Report } from './harness';

const GOAL_P95: Partial<Record<KbName, number>> = { '10k': 16, '100k': 50 };

export async function measureSearch(
  bench: BenchPage,
  report: Report,
  quick: boolean,
): Promise<void> {
  const kbs: KbName[] = quick ? ['1k'] : ['1k', '10k', '100k'];
  const rows: string[][] = [];
  const figures: unknown[] = [];
  for (const kb of kbs) {
    await bench.reload();
    await bench.call('load', 'kb', kb);
    // Plain fuse.js takes about a second per keystroke at 100k: sample fewer keystrokes there.
    const fuseSamples = quick ? 5 : kb === '100k' ? 30 : 200;
    const s = await bench.call('searchBench', kb, quick ? 3 : 20, fuseSamples);
    const [p50, p95] = [percentile(s.ours, 50), percentile(s.ours, 95)];
    const [f50, f95] = [percentile(s.fuse, 50), percentile(s.fuse, 95)];
    const goal = GOAL_P95[kb];
    const goals = [
      goal === undefined ? undefined : `p95 ≤ ${goal} ms: ${met(p95 <= goal, quick)}`,
      `≥10× fuse: ${met(f95 / p95 >= 10 && f50 / p50 >= 10, quick)}`,
    ];
    rows.push([
      kb,
      String(s.keystrokes),
      ms(p50),
      ms(p95),
      ms(f50),
      ms(f95),
      ratio(f50, p50),
      ratio(f95, p95),
      ms(s.buildMs),
      goals.filter(Boolean).join('; '),
    ]);
    figures.push({
      kb,
      p50,
      p95,
      fuseP50: f50,
      fuseP95: f95,
      buildMs: s.buildMs,
      fuseBuildMs: s.fuseBuildMs,
      keystrokes: s.keystrokes,
      fuseSamples: s.fuse.length,
    });
  }
  record(
    report,
    'popupSearch',
    {
      title: 'Popup search per keystroke (Chromium)',
      columns: [
        'entries',
        'keystrokes',
        'ours p50',
        'ours p95',
        'fuse.js p50',
        'fuse.js p95',
        'fuse/ours p50',
        'fuse/ours p95',
        'index build',
        'goal',
      ],
      rows,
      note: 'Plain fuse.js: every name field, default options; timed on a sample of the same keystrokes at 100k.',
    },
    figures,
  );
}
