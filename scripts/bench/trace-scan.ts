/**
 * npx tsx scripts/bench/trace-scan.ts [PAGE] [KB] [RUNS] [SLICE_MS]
 *
 * Where the wall time of the sliced scan goes (issue 18 goal 1: to paint took 1.3–2.9× the
 * scan's CPU). The bench page's `scanPage` (the real PageScanner, as `npm run bench` times it)
 * under a CDP trace with Blink's and V8's GC categories, RUNS times after two untimed warm-ups.
 * For each run, the main thread's time from the scan's start to its paint (console.timeStamp
 * marks from scan.ts) is split into: the scan's slices (their script, and the GC inside them),
 * rendering frames (style, layout, paint, intersection observers, the frame's script), other
 * tasks, GC in tasks of its own, and the gaps where the thread ran no task (waiting for a task or
 * a frame, or for a core). Also each kind's thread time (CPU) beside its wall time. A tool, not a
 * measure: tracing slows what it records a little. TIMELINE=1 prints each run's tasks in order
 * and what any other task of 5 ms or more held; EXTRA_CATEGORIES=cppgc,disabled-by-default-cppgc
 * shows Oilpan's sweeping of the DOM copies earlier runs dropped (5 ms tasks inside the window).
 * A long task of no known kind is named by where it was posted from (the 10–14 ms `TimerBase::run`
 * near 200 ms into a run is Chromium's anchor metrics, AnchorElementMetricsSender, 200 ms after
 * the fresh copy's links arrive: the page's own, not the scan's). FRAMES=1 adds each frame's
 * longest events to the timeline; OBS=1 counts the IntersectionObserver's observe and unobserve
 * calls by the ms they fell in (each observe makes the next frame compute intersections and post
 * a callback: README, "To paint at 1 MB"); BASELINE=regex traces the exact-regex baseline instead.
 */
import { openBenchWith } from './bench-page';
import type { KbName, PageName } from './fixtures';
import { GC_TRACE_CATEGORIES } from './trace-tasks';

interface Event {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { message?: string }; src_file?: string; src_func?: string };
}

const [page = '1MB', kb = 'bundled', runsArg = '3', sliceArg = ''] = process.argv.slice(2);
const runs = Number(runsArg);
/** BASELINE=regex traces the exact-regex baseline instead (one task, then its frame). */
const regex = process.env.BASELINE === 'regex';
const sliceMs = sliceArg === '' ? undefined : Number(sliceArg);
/** EXTRA_CATEGORIES=a,b adds trace categories (blink_gc: Oilpan's collections of the DOM). */
const CATEGORIES = [GC_TRACE_CATEGORIES, process.env.EXTRA_CATEGORIES ?? '']
  .filter(Boolean)
  .join(',');

const TOP = 'ThreadControllerImpl::RunTask';
/** A task holding one of these is a rendering frame (or its intersection observers). */
const FRAME = new Set([
  'BeginMainFrame',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'FireAnimationFrame',
  'IntersectionObserverController::computeIntersections',
]);
/** Collections, as V8 reports them (the outermost is counted). */
const isGc = (e: Event) =>
  e.name === 'MinorGC' ||
  e.name === 'MajorGC' ||
  e.name === 'V8.GC_SCAVENGER' ||
  e.name === 'V8.GC_MC_INCREMENTAL' ||
  e.name === 'V8.GC_MARK_COMPACTOR' ||
  e.name === 'V8.GCFinalizeMC' ||
  e.name === 'V8.GCIncrementalMarking' ||
  e.name === 'V8.GCScavenger' ||
  e.name === 'V8.GC_MC_COMPLETE_SWEEPING' ||
  e.name === 'V8.GC_MINOR_MARK_SWEEPER' ||
  e.name.startsWith('BlinkGC.AtomicPause');

interface Split {
  wall: number;
  slices: number;
  sliceCount: number;
  sliceCpu: number;
  sliceGc: number;
  /** Style and layout forced inside the slices (checkVisibility, getBoundingClientRect…). */
  sliceForced: number;
  frames: number;
  frameCount: number;
  frameCpu: number;
  frameParts: Map<string, number>;
  gcTasks: number;
  other: number;
  otherNames: Map<string, number>;
  gaps: number;
  longestTask: number;
  /** Each task in order: its start (ms into the window), kind and length. */
  timeline: string[];
}

/** The main thread's split of one run's window [start, end] (µs). */
function split(events: Event[], thread: string, start: number, end: number): Split {
  const own = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.ts < end)
    .filter((e) => e.ts + (e.dur ?? 0) > start)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const s: Split = {
    wall: (end - start) / 1000,
    slices: 0,
    sliceCount: 0,
    sliceCpu: 0,
    sliceGc: 0,
    sliceForced: 0,
    frames: 0,
    frameCount: 0,
    frameCpu: 0,
    frameParts: new Map(),
    gcTasks: 0,
    other: 0,
    otherNames: new Map(),
    gaps: 0,
    longestTask: 0,
    timeline: [],
  };
  const tops = own.filter((e) => e.name === TOP);
  let covered = 0;
  let at = 0;
  for (const task of tops) {
    const t0 = Math.max(start, task.ts);
    const t1 = Math.min(end, task.ts + (task.dur ?? 0));
    if (t1 <= at) continue;
    const ms = (t1 - Math.max(t0, at)) / 1000;
    covered += ms;
    at = t1;
    s.longestTask = Math.max(s.longestTask, (task.dur ?? 0) / 1000);
    const cpu =
      ((task.tdur ?? task.dur ?? 0) / 1000) * (ms / Math.max(1e-9, (task.dur ?? 0) / 1000));
    const inside = own.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0),
    );
    let gc = 0;
    let gcUntil = -1;
    for (const e of inside)
      if (isGc(e) && e.ts >= gcUntil) {
        gc += (e.dur ?? 0) / 1000;
        gcUntil = e.ts + (e.dur ?? 0);
      }
    const names = new Set(inside.map((e) => e.name));
    const isFrame = names.has('BeginMainFrame') || names.has('Paint') || names.has('Commit');
    const isScript = names.has('FunctionCall') || names.has('V8.Execute');
    const kind = isFrame ? 'F' : isScript ? 'S' : gc > 0 && gc >= ms * 0.5 ? 'G' : 'O';
    s.timeline.push(`${((t0 - start) / 1000).toFixed(0)}${kind}${ms.toFixed(1)}`);
    if (isFrame && process.env.FRAMES)
      // What a frame held (FRAMES=1): its longest events, and why it was scheduled.
      s.timeline.push(
        `[${[...inside]
          .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
          .slice(0, 10)
          .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`)
          .join(', ')}]`,
      );
    if (isFrame) {
      s.frames += ms;
      s.frameCount++;
      s.frameCpu += cpu;
      const seen = new Map<string, number>();
      for (const e of inside)
        if (FRAME.has(e.name) || e.name === 'FunctionCall' || isGc(e))
          seen.set(e.name, (seen.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      for (const [n, t] of seen) s.frameParts.set(n, (s.frameParts.get(n) ?? 0) + t);
    } else if (isScript) {
      s.slices += ms;
      s.sliceCount++;
      s.sliceCpu += cpu;
      s.sliceGc += gc;
      let forcedUntil = -1;
      for (const e of inside)
        if ((e.name === 'UpdateLayoutTree' || e.name === 'Layout') && e.ts >= forcedUntil) {
          s.sliceForced += (e.dur ?? 0) / 1000;
          forcedUntil = e.ts + (e.dur ?? 0);
        }
    } else if (gc > 0 && gc >= ms * 0.5) s.gcTasks += ms;
    else {
      s.other += ms;
      const label = inside[0]?.name ?? '(empty task)';
      s.otherNames.set(label, (s.otherNames.get(label) ?? 0) + ms);
      // What a long task of no known kind held (TIMELINE): its events' names and lengths.
      if (ms >= 5)
        s.timeline.push(
          `[thread ${cpu.toFixed(1)}, posted from ${task.args?.src_func ?? '?'} (${task.args?.src_file ?? '?'}): ${inside
            .slice(0, 8)
            .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`)
            .join(', ')}]`,
        );
    }
  }
  s.gaps = s.wall - covered;
  return s;
}

function mainThread(events: Event[]): string {
  const counts = new Map<string, number>();
  for (const e of events)
    counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const mains = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`);
  return mains.sort((a, b) => counts.get(b)! - counts.get(a)!)[0]!;
}

const timed = (t: { ms: number } | { error: string }): number => {
  if ('error' in t) throw new Error(t.error);
  return t.ms;
};

const bench = await openBenchWith(page as PageName, kb as KbName);
try {
  if (process.env.OBS)
    await bench.cdp.send('Runtime.evaluate', {
      expression: `for (const k of ['observe', 'unobserve']) { const f = IntersectionObserver.prototype[k]; IntersectionObserver.prototype[k] = function (t) { console.timeStamp('qarina:' + k); return f.call(this, t); }; }`,
    });
  for (let i = 0; i < 2; i++) await bench.call('scanPage', page, kb, sliceMs);
  const cpu = (await bench.call('scanPage', page, kb, 1e9)).busyMs;
  const events: Event[] = [];
  bench.cdp.on(
    'Tracing.dataCollected',
    (e) => void events.push(...(e.value as unknown as Event[])),
  );
  await bench.cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const results: { ms: number; busyMs: number; slices: number; longestSliceMs: number }[] = [];
  for (let i = 0; i < runs; i++)
    results.push(
      regex
        ? {
            ms: timed(await bench.call('regexBaseline', page, kb)),
            busyMs: 0,
            slices: 0,
            longestSliceMs: 0,
          }
        : await bench.call('scanPage', page, kb, sliceMs),
    );
  const done = new Promise((resolve) => bench.cdp.once('Tracing.tracingComplete', resolve));
  await bench.cdp.send('Tracing.end');
  await done;
  const thread = mainThread(events);
  const marks = (label: string) =>
    events
      .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === label)
      .map((e) => e.ts)
      .sort((a, b) => a - b);
  const starts = marks('qarina:scan-start');
  const ends = marks('qarina:scan-painted');
  const f = (x: number) => x.toFixed(1).padStart(6);
  console.log(
    `${page} × ${kb}, slices of ${sliceMs ?? 'default'} ms; CPU in one slice ${cpu.toFixed(1)} ms`,
  );
  for (let i = 0; i < runs; i++) {
    const r = results[i]!;
    const s = split(events, thread, starts[i]!, ends[i]!);
    console.log(
      `run ${i + 1}: to paint ${f(r.ms)} ms (trace window ${f(s.wall)}), busy ${f(r.busyMs)} in ${r.slices} slices, longest ${r.longestSliceMs.toFixed(1)} ms, longest task ${s.longestTask.toFixed(1)}`,
    );
    console.log(
      `  slice tasks ${f(s.slices)} ms ×${s.sliceCount} (thread ${f(s.sliceCpu)}; GC inside ${f(s.sliceGc)}, style+layout ${f(s.sliceForced)}) · frames ${f(s.frames)} ms ×${s.frameCount} (thread ${f(s.frameCpu)}) · GC tasks ${f(s.gcTasks)} · other ${f(s.other)} · no task ${f(s.gaps)}`,
    );
    const parts = [...s.frameParts].sort((a, b) => b[1] - a[1]);
    console.log(`  in frames: ${parts.map(([n, t]) => `${n} ${t.toFixed(1)}`).join(' · ')}`);
    const others = [...s.otherNames].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`  other tasks: ${others.map(([n, t]) => `${n} ${t.toFixed(1)}`).join(' · ')}`);
    // Start (ms), S slice / F frame / G GC / O other, length (ms).
    if (process.env.TIMELINE) console.log(`  timeline: ${s.timeline.join(' ')}`);
    if (process.env.OBS) {
      const obs = new Map<string, number>();
      for (const e of events)
        if (
          e.name === 'TimeStamp' &&
          /^qarina:(un)?observe/.test(e.args?.data?.message ?? '') &&
          e.ts >= starts[i]! &&
          e.ts <= ends[i]!
        ) {
          const at = `${((e.ts - starts[i]!) / 1000).toFixed(0)}${e.args!.data!.message!.includes('un') ? 'u' : 'o'}`;
          obs.set(at, (obs.get(at) ?? 0) + 1);
        }
      console.log(
        `  IntersectionObserver observe (o) / unobserve (u) calls (ms into the window: count): ${[...obs].map(([t, n]) => `${t}: ${n}`).join(', ')}`,
      );
    }
  }
} finally {
  await bench.close();
}
