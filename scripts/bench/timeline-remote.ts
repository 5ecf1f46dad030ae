/**
 * npx tsx scripts/bench/timeline-remote.ts [KB] [RUNS] [PAGE] [PROFILE]
 *
 * Who waits for whom in a remote scan (issue 18 goal 2 as shipped): the bench page's remote scan
 * (the worker stand-in, remote-channel.ts) run RUNS times after two untimed warm-ups, and for
 * each run every request's way on the page's clock: sent, the worker's start and end, the answer
 * handled; the worker's parse, match and serialise times; the page's serialise. Summed per run:
 * the worker's busy time, its idle time waiting for the page's next request (then the page's
 * walk is the critical path), and the time requests waited in the worker's queue.
 *
 * PROFILE=1 also samples the worker with CDP's Profiler (the browser started with a debugging
 * port, the dedicated worker reached by Target.attachToTarget, flattened) and prints its self
 * time by function over the timed runs, garbage collection included. Nothing is asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { openBenchWith } from './bench-page';
import type { KbName, PageName } from './fixtures';
import type { RequestTimes } from './page/remote-channel';

const [kb = '10k', runsArg = '3', page = '1MB', profileArg = '0'] = process.argv.slice(2);
const PORT = 9388 + Math.floor(Math.random() * 500);
if (profileArg === '1') process.env.BENCH_CDP_PORT = String(PORT);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** A flattened CDP session to the page's dedicated worker, over the browser's debugging port. */
async function workerSession() {
  const version = (await (await fetch(`http://127.0.0.1:${PORT}/json/version`)).json()) as {
    webSocketDebuggerUrl: string;
  };
  const ws = new WebSocket(version.webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((done) => ws.once('open', done));
  let next = 1;
  const waiting = new Map<number, (r: { result?: unknown; error?: unknown }) => void>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m);
  });
  const send = async (method: string, params = {}, sessionId?: string) => {
    const id = next++;
    const answer = new Promise<{ result?: unknown; error?: unknown }>((d) => waiting.set(id, d));
    ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    const { result, error } = await answer;
    if (error) throw new Error(`${method}: ${JSON.stringify(error)}`);
    return result as Record<string, unknown>;
  };
  const { targetInfos } = (await send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find((t) => t.type === 'worker' && t.url.endsWith('remote-worker.js'));
  if (!worker) throw new Error(`no worker target: ${JSON.stringify(targetInfos)}`);
  const { sessionId } = (await send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: true,
  })) as { sessionId: string };
  return { send: (m: string, p = {}) => send(m, p, sessionId), close: () => ws.close() };
}

/** The parent of each process (Linux /proc), to find the threads of this script's own browser. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n)))
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  return map;
}

/**
 * Each thread of this script's browser (key: process, thread and its name): nanoseconds on a
 * core and runnable but waiting for one (Linux schedstat), to tell work from waiting for a core.
 */
function sched(): Map<string, { run: number; wait: number }> {
  const up = parents();
  const mine = (pid: number) => {
    for (let p = pid, n = 0; p > 1 && n < 20; p = up.get(p) ?? 0, n++)
      if (p === process.pid) return true;
    return false;
  };
  const out = new Map<string, { run: number; wait: number }>();
  for (const pid of up.keys()) {
    if (!mine(pid)) continue;
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ');
        out.set(`${pid}/${tid} ${comm}`, { run: Number(run), wait: Number(wait) });
      }
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The threads that ran most between two snapshots: on a core and waiting, in ms. */
function busiest(before: ReturnType<typeof sched>, after: ReturnType<typeof sched>): string {
  const rows = [...after].map(([key, { run, wait }]) => {
    const was = before.get(key) ?? { run: 0, wait: 0 };
    return { name: key.split(' ')[1]!, run: (run - was.run) / 1e6, wait: (wait - was.wait) / 1e6 };
  });
  return rows
    .sort((x, y) => y.run - x.run)
    .slice(0, 5)
    .map((r) => `${r.name} ${r.run.toFixed(1)} on a core / ${r.wait.toFixed(1)} waiting`)
    .join(', ');
}

const bench = await openBenchWith(page as PageName, kb as KbName);
try {
  for (let i = 0; i < 2; i++) await bench.call('scanPage', page, kb, undefined, true);
  const session = profileArg === '1' ? await workerSession() : undefined;
  if (session) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
  }
  for (let r = 0; r < Number(runsArg); r++) {
    const threadsBefore = sched();
    const result = await bench.call('scanPage', page, kb, undefined, true);
    const threads = busiest(threadsBefore, sched());
    const stats = result.remote!;
    const start = stats.firstSentAt - stats.firstRequestMs;
    const t = (x: number) => (x - start).toFixed(1).padStart(6);
    const lines: RequestTimes[] = stats.timeline;
    let busy = 0;
    let idle = 0;
    let queued = 0;
    let match = 0;
    let json = 0;
    let pageJson = 0;
    console.log(`run ${r}: to paint ${result.ms.toFixed(1)} ms, ${lines.length} requests`);
    console.log('   #  texts   chars  answer    sent  w.start  w.end  arrived  parsed  ' +
      'p.str  w.parse  match  w.str');
    lines.forEach((q, i) => {
      busy += q.workerEnd - q.workerStart;
      match += q.matchMs;
      json += q.workerParseMs + q.workerStringifyMs;
      pageJson += q.stringifyMs + (q.parsed - q.arrived);
      const prevEnd = i > 0 ? lines[i - 1]!.workerEnd : start;
      // The worker idle before this request: it had finished the previous one before this was sent.
      idle += Math.max(0, q.workerStart - Math.max(prevEnd, start));
      queued += Math.max(0, q.workerStart - q.sent);
      console.log(
        `  ${String(i).padStart(2)} ${String(q.texts).padStart(6)} ${String(q.chars).padStart(7)} ` +
          `${String(q.answerChars).padStart(7)} ${t(q.sent)}  ${t(q.workerStart)} ${t(q.workerEnd)} ` +
          `${t(q.arrived)}  ${t(q.parsed)}  ${q.stringifyMs.toFixed(1).padStart(5)}  ` +
          `${q.workerParseMs.toFixed(1).padStart(7)} ${q.matchMs.toFixed(1).padStart(6)} ` +
          `${q.workerStringifyMs.toFixed(1).padStart(6)}`,
      );
    });
    const last = lines.reduce((m, q) => Math.max(m, q.parsed), 0);
    console.log(
      `  worker busy ${busy.toFixed(1)} ms (matching ${match.toFixed(1)}, JSON ${json.toFixed(1)}), ` +
        `idle before a request ${idle.toFixed(1)} ms, requests queued ${queued.toFixed(1)} ms summed; ` +
        `page JSON ${pageJson.toFixed(1)} ms; last request sent at ${t(lines.at(-1)!.sent)}, ` +
        `last answer parsed at ${t(last)}, painted at ${result.ms.toFixed(1)}\n` +
        `  threads over the run (render, scan, paint), ms: ${threads}`,
    );
  }
  // The same requests with the page idle: the worker's matching without the scan beside it.
  for (const allAtOnce of [false, true, false, true]) {
    const threadsBefore = sched();
    const replay = await bench.call('replayRemote', allAtOnce);
    console.log(
      `replay ${allAtOnce ? 'all at once' : 'one at a time'}, page idle: wall ${replay.ms.toFixed(1)} ms, ` +
        `worker ${replay.worker.toFixed(1)} ms; threads, ms: ${busiest(threadsBefore, sched())}`,
    );
  }
  if (session) {
    const { profile } = (await session.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    session.close();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const { functionName, lineNumber } = byId.get(id)!.callFrame;
      const key = `${functionName || '(anonymous)'}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      if (functionName !== '(idle)' && functionName !== '(program)') total += ms;
    });
    const runs = Number(runsArg);
    console.log(`worker profile: ${(total / runs).toFixed(1)} ms a run sampled outside idle`);
    for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${(ms / runs).toFixed(1).padStart(7)} ms  ${name}`);
  }
} finally {
  await bench.close();
}
