/**
 * The longest main-thread task the scan causes on the 5 MB page: the longest slice of the real
 * PageScanner (timed around each scheduled task) and the longest of the browser's own long-task
 * entries (PerformanceObserver 'longtask', ≥ 50 ms, which also counts the rendering the scan's
 * highlights cause in the same task). The scan starts once the freshly rendered page has stopped
 * making long tasks of its own (scan.ts: settled), as a content script starts on a loaded page.
 */
import type { BenchPage } from './bench-page';
import { median, met, ms, record, repeat, type Report } from './harness';

export async function measureLongTask(
  bench: BenchPage,
  report: Report,
  quick: boolean,
): Promise<void> {
  const page = quick ? '100KB' : '5MB';
  const runs = quick ? 1 : 3;
  await bench.reload();
  await bench.call('load', 'page', page);
  await bench.call('load', 'kb', 'bundled');
  await bench.call('buildLexiconOf', 'bundled');
  // Each scan starts once the freshly rendered page stopped making long tasks of its own.
  const scans = await repeat(runs, () =>
    bench.call('scanPage', page, 'bundled', undefined, false, true),
  );
  await bench.call('clear');
  const longestSlice = median(scans.map((s) => s.longestSliceMs));
  const longTask = median(scans.map((s) => Math.max(0, ...s.longTasks)));
  // The goal holds in every run (issue 18), so it is judged on the worst scan, not the median.
  const worst = Math.max(...scans.map((s) => Math.max(s.longestSliceMs, ...s.longTasks)));
  const each = scans.map((s) => ms(Math.max(s.longestSliceMs, ...s.longTasks))).join(' · ');
  const count = median(scans.map((s) => s.longTasks.length));
  record(
    report,
    'longestTask',
    {
      title: `Longest main-thread task caused by the scan (${page} page, median of ${runs})`,
      columns: [
        'page',
        'longest slice (ours)',
        'longest long-task entry',
        'long tasks ≥ 50 ms',
        'total scan',
        'each run: longest task',
        'goal < 50 ms in every run',
      ],
      rows: [
        [
          page,
          ms(longestSlice),
          longTask === 0 ? 'none' : ms(longTask),
          String(count),
          ms(median(scans.map((s) => s.ms))),
          each,
          met(worst < 50, quick),
        ],
      ],
    },
    scans.map(({ longestSliceMs, longTasks, ms: total, slices }) => ({
      longestSliceMs,
      longTasks,
      ms: total,
      slices,
    })),
  );
}
