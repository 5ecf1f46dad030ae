/**
 * npx tsx scripts/bench/gc-scan.ts [PAGE] [KB] [RUNS]
 *
 * What a scan keeps and what its garbage collection costs, in the bench page (issue 18 goal 3):
 * per run, one scan of PAGE in the extension's slices (10 ms) under a CDP trace with V8's GC
 * categories (scavenges and mark-compacts: count, total, longest; the longest slice beside
 * them), then heap snapshots of the page before the scan (a fresh copy rendered, nothing
 * scanned) and after it (its scanner, mention index and view kept, as a content script keeps
 * them), each after a full collection, compared by constructor: the objects the scan leaves
 * alive, their count and self size. A tool for working on the scan's memory, not a measure of
 * `npm run bench`; nothing is asserted.
 */
import { heapSnapshotText, openBenchWith, type BenchPage } from './bench-page';
import type { KbName, PageName } from './fixtures';

const [page = '5MB', kb = 'bundled', runsArg = '1'] = process.argv.slice(2);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
}

/** Summary of one snapshot: count and self size by type and constructor (or kind) name. */
type Census = Map<string, { count: number; size: number }>;

async function snapshot(bench: BenchPage): Promise<Census> {
  const parsed = JSON.parse(await heapSnapshotText(bench)) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const { node_fields: fields, node_types: types } = parsed.snapshot.meta;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const census: Census = new Map();
  const { nodes, strings } = parsed;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[0][nodes[i + typeAt!]!]!;
    const name = type.includes('string') || type === 'number' ? '' : strings[nodes[i + nameAt!]!]!;
    const key = `${type} ${name.slice(0, 60)}`;
    const entry = census.get(key) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += nodes[i + sizeAt!]!;
    census.set(key, entry);
  }
  return census;
}

async function trace(bench: BenchPage, run: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  bench.cdp.on('Tracing.dataCollected', onData);
  await bench.cdp.send('Tracing.start', {
    categories: 'toplevel,v8,disabled-by-default-v8.gc',
    transferMode: 'ReportEvents',
  });
  await run();
  const done = new Promise((resolve) => bench.cdp.once('Tracing.tracingComplete', resolve));
  await bench.cdp.send('Tracing.end');
  await done;
  bench.cdp.off('Tracing.dataCollected', onData);
  return events;
}

/** GC events of the busiest thread (the page's main thread), by name: count, total, longest. */
function gcSummary(events: readonly TraceEvent[]): string[] {
  const perThread = new Map<number, number>();
  for (const e of events) perThread.set(e.tid, (perThread.get(e.tid) ?? 0) + 1);
  const main = [...perThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byName = new Map<string, number[]>();
  for (const e of events) {
    if (e.tid !== main || e.ph !== 'X' || !e.cat.includes('gc')) continue;
    const list = byName.get(e.name) ?? [];
    list.push((e.dur ?? 0) / 1000);
    byName.set(e.name, list);
  }
  // The collections, and with DETAIL=1 every phase inside them of 5 ms or more in total.
  const wanted = /SCAVENGER$|MARK_COMPACTOR$|MC_INCREMENTAL$|MC_FINISH$|MINOR_MS$/;
  const total = (d: number[]) => d.reduce((s, x) => s + x, 0);
  return [...byName]
    .filter(([name, d]) => wanted.test(name) || (process.env.DETAIL === '1' && total(d) >= 5))
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([name, d]) => {
      return `  ${name}: ${d.length} × · total ${total(d).toFixed(1)} ms · longest ${Math.max(...d).toFixed(1)} ms`;
    });
}

const bench = await openBenchWith(page as PageName, kb as KbName);
try {
  await bench.call('scanPage', page, kb, 1e9); // warm-up, untimed
  for (let r = 0; r < Number(runsArg); r++) {
    await bench.call('dropScanState');
    await bench.call('treeWalkerFloor', page); // renders a fresh copy, scans nothing
    const before = await snapshot(bench);
    let scan: { longestSliceMs: number; ms: number; mentions: number } | undefined;
    const events = await trace(bench, async () => (scan = await bench.call('scanPage', page, kb)));
    const after = await snapshot(bench);
    console.log(
      `run ${r + 1}: ${page} × ${kb}, ${scan!.mentions} mentions, scan ${scan!.ms.toFixed(0)} ms, longest slice ${scan!.longestSliceMs.toFixed(1)} ms`,
    );
    console.log(gcSummary(events).join('\n'));
    const kept = [...after]
      .map(([key, a]) => {
        const b = before.get(key) ?? { count: 0, size: 0 };
        return { key, count: a.count - b.count, size: a.size - b.size };
      })
      .sort((x, y) => y.size - x.size);
    if (process.env.DETAIL === '1')
      for (const [key, a] of [...after].sort((x, y) => y[1].size - x[1].size).slice(0, 16))
        console.log(`  after: ${(a.size / 1048576).toFixed(2)} MB ${a.count} × ${key}`);
    const total = kept.reduce((s, k) => s + k.size, 0);
    console.log(`  kept by the scan (snapshot after − before): ${(total / 1048576).toFixed(2)} MB`);
    for (const k of kept.slice(0, 16))
      console.log(
        `  ${(k.size / 1048576).toFixed(2).padStart(7)} MB ${String(k.count).padStart(8)} × ${k.key}`,
      );
  }
} finally {
  await bench.close();
}
