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
 * marking inside the latter, and the longest task of the scan's window less the collections in it
 * (the scan's own work, apart from the GC that falls into it). Nothing is asserted.
 */
import { abArgs, openLoaded } from './ab-checkout';
import type { BenchPage } from './bench-page';
import { mainThread } from './trace-tasks';

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
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { message?: string } };
}

/** Collections on the page's main thread that a task can wait for (V8's own names). */
const PAUSES = new Set(['V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'V8.GC_MC_INCREMENTAL']);

/**
 * The longest top-level task of the page's main thread in the scan's window (scan.ts's
 * timeStamp marks) once the collections inside it are taken out: the scan's own work in one
 * task, apart from the garbage collection that falls into it (issue 18 goal 3, 6 December
 * night: a step's work and a GC pause have different causes and fixes).
 */
function longestWithoutGc(events: readonly GcEvent[]): number {
  const main = mainThread(events);
  const mark = (label: string) =>
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === label)?.ts;
  const [from, to] = [mark('qarina:scan-start') ?? 0, mark('qarina:scan-painted') ?? Infinity];
  const own = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main);
  const pauses = own.filter((e) => PAUSES.has(e.name));
  let longest = 0;
  for (const task of own) {
    // Top-level tasks in the window (a nested run loop's outer task spans seconds: left out).
    if (task.name !== 'ThreadControllerImpl::RunTask' || task.ts < from || task.ts > to) continue;
    const end = task.ts + (task.dur ?? 0);
    if (end - task.ts > 2e6) continue;
    const gc = pauses
      .filter((g) => g.ts >= task.ts && g.ts < end)
      .reduce((t, g) => t + (g.dur ?? 0), 0);
    longest = Math.max(longest, (end - task.ts - gc) / 1000);
  }
  return longest;
}

/** `run` under a GC trace; returns its result and a summary of the page thread's collections. */
async function traced<T>(bench: BenchPage, run: () => Promise<T>): Promise<[T, string]> {
  if (process.env.TRACE !== '1') return [await run(), ''];
  const events: GcEvent[] = [];
  const onData = (e: { value: object[] }) => void events.push(...(e.value as GcEvent[]));
  bench.cdp.on('Tracing.dataCollected', onData);
  await bench.cdp.send('Tracing.start', {
    categories: 'toplevel,v8,disabled-by-default-v8.gc,devtools.timeline',
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
  // What the scavenges copied (V8's own account: new_space_survived, bytes), in MB.
  const survived = events
    .filter((e) => e.name === 'V8.GCTraceGCNVP')
    .map((e) => JSON.parse((e.args as { value: string }).value) as Record<string, unknown>)
    .filter((v) => v.gc === 's')
    .map((v) => Number(v.new_space_survived ?? 0) / 1048576);
  return [
    result,
    ` | without GC ${fmt(longestWithoutGc(events))} ms, scavenges ${sc!.length} longest ${fmt(Math.max(0, ...sc!))} (survived ${fmt(sum(survived))} MB, most ${fmt(Math.max(0, ...survived))}), mark-compacts ${mc!.length} longest ${fmt(Math.max(0, ...mc!))}, ephemeron ${fmt(sum(eph!))} ms`,
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
