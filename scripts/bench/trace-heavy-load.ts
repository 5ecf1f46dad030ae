/**
 * npx tsx scripts/bench/trace-heavy-load.ts [BUILD] [SECONDS] [profile|none]
 *
 * The 200,000-node page's load (scripts/demo/hostile/heavy-nodes.html) with the extension of
 * BUILD, traced over CDP (V8's GC categories included) for SECONDS and, unless `none`, CPU-profiled
 * (the profile covers every world of the page's isolate, the content script's too). Prints
 * Qarina's four longest tasks, each with its event tree (events of 0.5 ms or more: GC, style,
 * layout) and the functions sampled inside it, self and total. Build unminified for readable
 * names (`build: { minify: false }` in a worktree's wxt.config.ts). A tool, not a measure: the
 * profiler slows what it samples (a 55–71 ms task took 117 ms under it).
 */
import { launchWithExtension } from '../lib/chromium';
import { startDemoServer } from '../lib/demo-server';
import { GC_TRACE_CATEGORIES, tasksOf, type TraceEvent } from './trace-tasks';

type Ev = TraceEvent & { tdur?: number; cat?: string; args?: Record<string, unknown> };

const [build = '.output/chrome-mv3', secondsArg = '20', profileArg = 'profile'] =
  process.argv.slice(2);
const profiling = profileArg === 'profile';
const CATEGORIES = GC_TRACE_CATEGORIES;

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main() {
  const demo = await startDemoServer();
  const { context } = await launchWithExtension({ headless: true, extensionPath: build });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as Ev[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  if (profiling) await cdp.send('Profiler.start');
  await page.goto(`${demo.url}/hostile/heavy-nodes.html`);
  await page.waitForTimeout(Number(secondsArg) * 1000);
  const empty = { nodes: [], startTime: 0, samples: [], timeDeltas: [] };
  const { profile } = profiling
    ? ((await cdp.send('Profiler.stop')) as unknown as {
        profile: { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
      })
    : {
        profile: empty as {
          nodes: Node[];
          startTime: number;
          samples: number[];
          timeDeltas: number[];
        },
      };
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  await demo.close();

  const tasks = tasksOf(events);
  const top = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const main = (() => {
    const mains = events.filter(
      (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
    );
    const counts = new Map<string, number>();
    for (const e of events)
      counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    return mains.map((e) => `${e.pid}:${e.tid}`).sort((a, b) => counts.get(b)! - counts.get(a)!)[0];
  })();
  const own = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const origin = top
    .filter((e) => `${e.pid}:${e.tid}` === main)
    .reduce((m, e) => Math.min(m, e.ts), Infinity);
  console.log(
    `${tasks.length} tasks; extension ≥ 50 ms: ${tasks.filter((t) => t.extensionMs >= 50).length}`,
  );
  const worst = [...tasks].sort((a, b) => b.extensionMs - a.extensionMs).slice(0, 4);

  // CPU samples: time of each sample, and its stack.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const label = (n: Node) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;

  for (const task of worst) {
    const start = origin + task.start * 1000;
    const end = start + task.ms * 1000;
    console.log(
      `\n== task at ${task.start.toFixed(0)} ms: ${task.ms.toFixed(1)} ms, extension ${task.extensionMs.toFixed(1)} ms`,
    );
    const inside = own.filter((e) => e.ts >= start && e.ts < end && (e.dur ?? 0) >= 500);
    const stack: Ev[] = [];
    for (const e of inside.slice(0, 80)) {
      while (stack.length && e.ts >= stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0)) stack.pop();
      const data = (e.args as { data?: { url?: string; functionName?: string } } | undefined)?.data;
      console.log(
        `${'  '.repeat(stack.length)}${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms (cpu ${((e.tdur ?? 0) / 1000).toFixed(1)})` +
          ` ${data?.functionName ?? ''} ${(data?.url ?? '').slice(-40)}`,
      );
      stack.push(e);
    }
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let n = 0;
    profile.samples.forEach((id, i) => {
      if (times[i]! < start || times[i]! >= end) return;
      n++;
      const leaf = byId.get(id)!;
      self.set(label(leaf), (self.get(label(leaf)) ?? 0) + 1);
      const seen = new Set<string>();
      for (let k: number | undefined = id; k !== undefined; k = parent.get(k)) {
        const l = label(byId.get(k)!);
        if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + 1);
        seen.add(l);
      }
    });
    console.log(`-- ${n} samples in the task; self:`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`  ${v} ${k}`);
    console.log('-- total:');
    for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${v} ${k}`);
  }
}

void main();
