/**
 * npx tsx scripts/bench/ab-longtask.ts BEFORE AFTER [KB] [RUNS] [PAGE]
 *
 * The longest task of the 5 MB page's scan (issue 18 goal 3), before and after a change, in one
 * process: the bench page of each of two checkouts (worktrees with node_modules linked, as for
 * ab-highlight.ts) in its own headless Chromium, one scan each in turn, alternately first, RUNS
 * scans a side, so that the shared machine's load falls on both alike. Per scan: the longest
 * slice, the browser's long-task entries (≥ 50 ms) and the scan's wall time, as
 * `npm run bench -- --only longtask` measures them (each on a fresh copy of the page, once it
 * has stopped making long tasks of its own, the matcher kept). With TRACE=1 each scan runs under a CDP trace with V8's GC categories and its
 * line adds the main thread's scavenges and mark-compacts (count, longest) and the ephemeron
 * marking inside the latter. Nothing is asserted.
 */
import { abArgs, openLoaded } from './ab-checkout';
import type { BenchPage } from './bench-page';

const [before, after, kb, runsArg, page] = abArgs(
  'ab-longtask.ts BEFORE AFTER [KB] [RUNS] [PAGE]',
  ['bundled', '5', '5MB'],
);

interface Side {
  name: string;
  bench: BenchPage;
  worst: number[];
}

async function open(name: string, root: string): Promise<Side> {
  const bench = await openLoaded(root, page, kb);
  await bench.call('scanPage', page, kb, 1e9); // warm-up, untimed
  return { name, bench, worst: [] };
}

const fmt = (x: number) => x.toFixed(1);

interface GcEvent {
  name: string;
  cat: string;
  ph: string;
  dur?: number;
}

/** `run` under a GC trace; returns its result and a summary of the page thread's collections. */
async function traced<T>(bench: BenchPage, run: () => Promise<T>): Promise<[T, string]> {
  if (process.env.TRACE !== '1') return [await run(), ''];
  const events: GcEvent[] = [];
  const onData = (e: { value: object[] }) => void events.push(...(e.value as GcEvent[]));
  bench.cdp.on('Tracing.dataCollected', onData);
  await bench.cdp.send('Tracing.start', {
    categories: 'toplevel,v8,disabled-by-default-v8.gc',
    transferMode: 'ReportEvents',
  });
  const result = await run();
  const done = new Promise((resolve) => bench.cdp.once('Tracing.tracingComplete', resolve));
  await bench.cdp.send('Tracing.end');
  await done;
  bench.cdp.off('Tracing.dataCollected', onData);
  // By name: the page's main thread alone runs these (helper threads' events are named apart).
  const of = (name: string) =>
    events.filter((e) => e.ph === 'X' && e.name === name).map((e) => (e.dur ?? 0) / 1000);
  const sum = (d: number[]) => d.reduce((t, x) => t + x, 0);
  const [sc, mc, eph] = [
    'V8.GC_SCAVENGER',
    'V8.GC_MARK_COMPACTOR',
    'V8.GC_MC_MARK_WEAK_CLOSURE_EPHEMERON_MARKING',
  ].map(of);
  return [
    result,
    ` | scavenges ${sc!.length} longest ${fmt(Math.max(0, ...sc!))}, mark-compacts ${mc!.length} longest ${fmt(Math.max(0, ...mc!))}, ephemeron ${fmt(sum(eph!))} ms`,
  ];
}
const sides = [await open('before', before), await open('after', after)];
try {
  for (let r = 0; r < Number(runsArg); r++) {
    for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
      const [s, gc] = await traced(side.bench, () =>
        side.bench.call('scanPage', page, kb, undefined, false, true),
      );
      const worst = Math.max(s.longestSliceMs, ...s.longTasks);
      side.worst.push(worst);
      console.log(
        `run ${r + 1} ${side.name.padEnd(6)}: longest ${fmt(worst)} ms (slice ${fmt(s.longestSliceMs)}, long tasks ${s.longTasks.map(fmt).join('/') || 'none'}), scan ${s.ms.toFixed(0)} ms, ${s.slices} slices, ${s.mentions} mentions${gc}`,
      );
    }
  }
  for (const side of sides) {
    const sorted = [...side.worst].sort((a, b) => a - b);
    const over = side.worst.filter((w) => w >= 50).length;
    console.log(
      `${side.name}: ${side.worst.map(fmt).join(' · ')} ms; median ${fmt(sorted[sorted.length >> 1]!)}, worst ${fmt(sorted.at(-1)!)}, ${over} of ${sorted.length} ≥ 50 ms`,
    );
  }
} finally {
  for (const side of sides) await side.bench.close();
}
