/**
 * Content-script heap after scanning the 1 MB page: the page's heap (V8 + Blink objects) once
 * the scan is done and its matcher, mentions, mention index and painted ranges are kept, minus
 * the same page with nothing scanned (an empty content script). Garbage is collected before each
 * reading.
 */
import type { BenchPage } from './bench-page';
import { bytes, median, met, record, repeat, type Report } from './harness';

interface HeapUsage {
  usedSize: number;
  embedderHeapUsedSize?: number;
}

async function heap(bench: BenchPage): Promise<number> {
  await bench.cdp.send('HeapProfiler.collectGarbage');
  await bench.cdp.send('HeapProfiler.collectGarbage');
  const usage = (await bench.cdp.send('Runtime.getHeapUsage')) as HeapUsage;
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
}

export async function measureHeap(bench: BenchPage, report: Report, quick: boolean): Promise<void> {
  const page = quick ? '100KB' : '1MB';
  const runs = quick ? 1 : 3;
  await bench.reload();
  await bench.call('load', 'page', page);
  await bench.call('load', 'kb', 'bundled');
  await bench.call('buildLexiconOf', 'bundled'); // the background's work, not the content script's
  const samples = await repeat(runs, async () => {
    await bench.call('dropScanState');
    await bench.call('treeWalkerFloor', page); // renders a fresh copy, scans nothing
    const empty = await heap(bench);
    await bench.call('scanPage', page, 'bundled');
    const scanned = await heap(bench);
    return { empty, scanned, delta: scanned - empty };
  });
  const delta = median(samples.map((s) => s.delta));
  record(
    report,
    'heap',
    {
      title: `Content-script heap after scanning the ${page} page (median of ${runs})`,
      columns: [
        'page',
        'empty content script',
        'after the scan',
        'over the empty one',
        'goal < 5 MB',
      ],
      rows: [
        [
          page,
          bytes(median(samples.map((s) => s.empty))),
          bytes(median(samples.map((s) => s.scanned))),
          bytes(delta),
          met(delta < 5 * 1024 * 1024, quick),
        ],
      ],
      note: 'Runtime.getHeapUsage (V8 used + embedder/Blink used) after HeapProfiler.collectGarbage; measured in the benchmark page.',
    },
    samples,
  );
}
