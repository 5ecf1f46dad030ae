/**
 * npx tsx scripts/bench/trace-storm.ts [RUNS] [HASH]
 *
 * Where Qarina's long parts of a task come from in a mutation storm (issue 20; issue 18 goal 3):
 * the hostile storm page (default `#on-demand`: flat out, 4 ms bursts) with the built extension
 * (QARINA_CHROME_BUILD for another build) under a CDP trace with V8's GC categories. For each
 * run: Qarina's part of the page's own tasks (the MutationObserver callback, which runs in the
 * page's task after its burst) and of its own tasks (the scanner's slices, timers, observers),
 * each as total and longest; then the longest parts, each split into GC, style/layout and the
 * rest. A tool for working on the storm, not a measure of `npm run bench`; nothing is asserted.
 */
import { CHROME_BUILD } from '../lib/chromium';
import { startDemoServer } from '../lib/demo-server';
import { open, READY, stamp } from './extension-trace';
import { GC_TRACE_CATEGORIES, mainThread, type TraceEvent } from './trace-tasks';

const [runsArg = '1', hash = '#on-demand'] = process.argv.slice(2);

type Event = TraceEvent & {
  cat?: string;
  args?: TraceEvent['args'] & { data?: { functionName?: string } };
};

const TOP = 'ThreadControllerImpl::RunTask';
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'V8.Execute']);
const isOurs = (e: Event) =>
  (SCRIPT.has(e.name) && (e.args?.data?.url ?? '').startsWith('chrome-extension://')) ||
  e.name === 'IntersectionObserverController::computeIntersections';
const isPageScript = (e: Event) =>
  e.name === 'FunctionCall' && !(e.args?.data?.url ?? '').startsWith('chrome-extension://');
const GC = new Set(['MajorGC', 'MinorGC']);
const STYLE = new Set(['UpdateLayoutTree', 'Layout', 'RecalculateStyles']);

interface Part {
  start: number;
  ms: number;
  inPageTask: boolean;
  gcMs: number;
  styleMs: number;
  fn: string;
  /** Nested events of 2 ms or more, by name (DETAIL=1 prints them). */
  inside: Map<string, number>;
}

/** Qarina's parts of the main thread's tasks between the two stamps. */
function partsOf(events: Event[]): Part[] {
  const main = mainThread(events);
  const stampAt = (label: string) =>
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === label)?.ts ?? 0;
  const from = stampAt('bench:storm');
  const to = stampAt('bench:calm') || Infinity;
  const own = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts >= from && e.ts < to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const parts: Part[] = [];
  let taskEnd = -1;
  let pageInTask = false;
  let taskParts: Part[] = [];
  let current: { part: Part; end: number } | null = null;
  for (const e of own) {
    const end = e.ts + (e.dur ?? 0);
    if (e.name === TOP && e.ts >= taskEnd) {
      taskEnd = end;
      pageInTask = false;
      taskParts = [];
      current = null;
      continue;
    }
    if (e.ts >= taskEnd) continue;
    if (current && e.ts < current.end) {
      if (GC.has(e.name)) current.part.gcMs += (e.dur ?? 0) / 1000;
      if (STYLE.has(e.name)) current.part.styleMs += (e.dur ?? 0) / 1000;
      if ((e.dur ?? 0) >= 2000)
        current.part.inside.set(
          e.name,
          (current.part.inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000,
        );
      continue;
    }
    if (isPageScript(e)) {
      pageInTask = true;
      for (const p of taskParts) p.inPageTask = true;
    }
    if (isOurs(e)) {
      const part: Part = {
        start: (e.ts - from) / 1000,
        ms: (e.dur ?? 0) / 1000,
        inPageTask: pageInTask,
        gcMs: 0,
        styleMs: 0,
        fn: `${e.name} ${e.args?.data?.functionName ?? ''}`.trim(),
        inside: new Map(),
      };
      parts.push(part);
      taskParts.push(part);
      current = { part, end };
    }
  }
  return parts;
}

async function run(url: string): Promise<Part[]> {
  const browser = await open(CHROME_BUILD);
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector(READY, { state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(500);
    const cdp = await browser.context.newCDPSession(page);
    const events: Event[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as Event[])));
    await cdp.send('Tracing.start', {
      categories: GC_TRACE_CATEGORIES,
      transferMode: 'ReportEvents',
    });
    await stamp(page, 'bench:storm');
    await page.evaluate(`new Promise((resolve) => {
      window.__startStorm();
      (function wait() { window.__stormDone ? resolve() : setTimeout(wait, 100); })();
    })`);
    await stamp(page, 'bench:calm');
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    const mutations = await page.evaluate('window.__stormMutations');
    console.log(`mutations: ${String(mutations)}`);
    return partsOf(events);
  } finally {
    await browser.close();
  }
}

const demo = await startDemoServer();
try {
  for (let i = 0; i < Number(runsArg); i++) {
    const parts = await run(`${demo.url}/hostile/storm.html${hash}`);
    for (const inPage of [true, false]) {
      const list = parts.filter((p) => p.inPageTask === inPage);
      const sum = (pick: (p: Part) => number) => list.reduce((s, p) => s + pick(p), 0).toFixed(1);
      console.log(
        `${inPage ? "in the page's tasks (observer callback)" : 'in its own tasks (slices, timers)'}: ` +
          `${list.length} parts, ${sum((p) => p.ms)} ms (GC ${sum((p) => p.gcMs)}, style ${sum((p) => p.styleMs)}), ` +
          `longest ${Math.max(0, ...list.map((p) => p.ms)).toFixed(1)} ms`,
      );
    }
    for (const p of [...parts].sort((a, b) => b.ms - a.ms).slice(0, 8)) {
      console.log(
        `  ${p.ms.toFixed(1)} ms at ${p.start.toFixed(0)} ms, ${p.inPageTask ? 'page task' : 'own task'}, ` +
          `GC ${p.gcMs.toFixed(1)}, style ${p.styleMs.toFixed(1)}: ${p.fn}`,
      );
      if (process.env.DETAIL)
        for (const [name, ms] of p.inside) console.log(`      ${name} ${ms.toFixed(1)} ms`);
    }
  }
} finally {
  await demo.close();
}
