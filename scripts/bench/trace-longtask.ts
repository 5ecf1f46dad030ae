/**
 * npx tsx scripts/bench/trace-longtask.ts [PAGE] [KB] [RUNS] [MIN_MS]
 *
 * What is inside the long tasks of a scan (issue 18 goal 3): `scanPage` as
 * `npm run bench -- --only longtask` runs it (a fresh copy, settled, default slices), under a CDP
 * trace with V8's GC categories and a sampling CPU profile (0.1 ms) at once. For every top-level
 * task of the page's main thread of MIN_MS (default 30) or more, in the scan's window: its wall
 * time, the garbage collections inside it (each scavenge or mark-compact with its length and the
 * young generation's size before it where V8 reports it) and the functions with the most self
 * time in it, from the profile's samples inside the task (profile and trace share one clock).
 * A tool for finding a long task's cause, not a measure; nothing is asserted.
 */
import { openBenchWith } from './bench-page';
import type { KbName, PageName } from './fixtures';
import { mainThread } from './trace-tasks';

const [page = '5MB', kb = 'bundled', runsArg = '3', minArg = '30'] = process.argv.slice(2);
const minMs = Number(minArg);

interface Event {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const TOP = 'ThreadControllerImpl::RunTask';
/** A scavenge's phases (ms) as V8's GCTraceGCNVP event reports them. */
const PHASES = [
  'scavenge.roots',
  'scavenge.parallel',
  'scavenge.weak_global_handles.identify',
  'scavenge.weak_global_handles.process',
  'scavenge.free_remembered_set',
];
const GC = /^V8\.GC_(SCAVENGER|MARK_COMPACTOR|MC_INCREMENTAL|MC_FINISH|MINOR_MS)$/;

const bench = await openBenchWith(page as PageName, kb as KbName);
try {
  await bench.call('scanPage', page, kb, 1e9); // warm-up, untimed
  await bench.cdp.send('Profiler.enable');
  await bench.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (let r = 0; r < Number(runsArg); r++) {
    const events: Event[] = [];
    const onData = (e: { value: object[] }) => void events.push(...(e.value as Event[]));
    bench.cdp.on('Tracing.dataCollected', onData);
    await bench.cdp.send('Tracing.start', {
      categories: 'toplevel,v8,disabled-by-default-v8.gc,devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await bench.cdp.send('Profiler.start');
    const scan = await bench.call('scanPage', page, kb, undefined, false, true);
    const { profile } = (await bench.cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const done = new Promise((resolve) => bench.cdp.once('Tracing.tracingComplete', resolve));
    await bench.cdp.send('Tracing.end');
    await done;
    bench.cdp.off('Tracing.dataCollected', onData);
    console.log(
      `run ${r + 1}: ${page}, longest slice ${scan.longestSliceMs.toFixed(1)} ms, long tasks ${scan.longTasks.map((t) => t.toFixed(1)).join('/') || 'none'}, ${scan.slices} slices, scan ${scan.ms.toFixed(0)} ms`,
    );
    // The page's main thread: the renderer main thread with the most events.
    const main = mainThread(events);
    // The scan's window: from its start to its last paint (scan.ts's console.timeStamp marks).
    const stamp = (label: string) =>
      events.find(
        (e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string })?.message === label,
      )?.ts;
    const [from, to] = [stamp('qarina:scan-start') ?? 0, stamp('qarina:scan-painted') ?? Infinity];
    const own = events.filter(
      (e) =>
        e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts + (e.dur ?? 0) >= from && e.ts <= to,
    );
    const gcs = own.filter((e) => GC.test(e.name));
    const scavenges = gcs.filter((e) => e.name === 'V8.GC_SCAVENGER').length;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const times: number[] = [];
    let t = profile.startTime;
    for (const d of profile.timeDeltas) times.push((t += d));
    console.log(`  scavenges in the scan: ${scavenges}`);
    for (const task of own.filter(
      (e) => e.name === TOP && (e.dur ?? 0) >= minMs * 1000 && e.dur! < 2e6,
    )) {
      const end = task.ts + task.dur!;
      const inside = gcs.filter((g) => g.ts >= task.ts && g.ts < end);
      const nvp = events.filter(
        (e) => e.name === 'V8.GCTraceGCNVP' && e.ts >= task.ts && e.ts < end,
      );
      const young = nvp.map((e) => {
        const v = JSON.parse((e.args as { value: string }).value) as Record<
          string,
          number | string
        >;
        const mb = (x: unknown) => (Number(x) / 1048576).toFixed(1);
        return `${String(v.gc)} young ${mb(v.new_space_capacity)} MB, survived ${mb(v.new_space_survived)} MB, allocated ${mb(v.allocated)} MB (${PHASES.map((k) => `${k.replace('scavenge.', '')} ${Number(v[k] ?? 0).toFixed(1)}`).join(' ')})`;
      });
      const gcText = inside
        .map((g) => `${g.name.replace('V8.GC_', '')} ${((g.dur ?? 0) / 1000).toFixed(1)}`)
        .concat(young)
        .join(', ');
      const self = new Map<string, number>();
      for (let i = 0; i < profile.samples.length; i++) {
        if (times[i]! < task.ts || times[i]! >= end) continue;
        const f = byId.get(profile.samples[i]!)!.callFrame;
        const key = `${f.functionName || '(anon)'}:${f.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 100) / 1000);
      }
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
      console.log(
        `  task ${(task.dur! / 1000).toFixed(1)} ms (cpu ${(((task as { tdur?: number }).tdur ?? 0) / 1000).toFixed(1)}): GC [${gcText}]`,
      );
      console.log(`    self: ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' · ')}`);
      // What the browser did in it (rendering, observers), its longest traced events by name.
      const parts = new Map<string, number>();
      for (const e of own)
        if (e.ts >= task.ts && e.ts < end && e !== task && e.name !== TOP && !GC.test(e.name))
          parts.set(e.name, Math.max(parts.get(e.name) ?? 0, (e.dur ?? 0) / 1000));
      const longest = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(`    events: ${longest.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' · ')}`);
    }
  }
} finally {
  await bench.close();
}
