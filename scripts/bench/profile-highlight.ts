/**
 * npx tsx scripts/bench/profile-highlight.ts [PAGE] [KB] [RUNS] [SLICE_MS]
 *
 * Where find + highlight's time goes, in the browser: the bench page's scan (`scanPage`, in one
 * uninterrupted slice as "ours CPU", or in SLICE_MS slices) run RUNS times under the CDP
 * sampling profiler, after two untimed warm-up runs. Prints, per run, the time of everything
 * sampled (rendering the fresh page copy included), the time inside the scanner's slices, and
 * inside them the self time of each function (with its line in the bundle) and the inclusive
 * time of the scan's stages. A tool for working on the scan, not a measure: the profiler slows
 * what it samples, so read the shares, not the times.
 */
import { openBenchWith } from './bench-page';
import type { KbName, PageName } from './fixtures';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [page = '1MB', kb = 'bundled', runsArg = '5', sliceArg = '1e9'] = process.argv.slice(2);
const runs = Number(runsArg);
const sliceMs = Number(sliceArg);
/** Stages whose inclusive time is printed (function names in the bundle). */
const STAGES = [
  'slice',
  'enumerateSome',
  'startJob',
  'unitRuns',
  'step',
  'foldTextScratch',
  'foldText',
  'collectRunMentions',
  'scanMentions',
  'scan',
  'appendMention',
  'setUnit',
  'replace',
  'onMentions',
  'set',
  'add',
  'remove',
];
const bench = await openBenchWith(page as PageName, kb as KbName);
try {
  for (let i = 0; i < 2; i++) await bench.call('scanPage', page, kb, sliceMs);
  await bench.cdp.send('Profiler.enable');
  await bench.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await bench.cdp.send('Profiler.start');
  const busy: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await bench.call('scanPage', page, kb, sliceMs);
    busy.push(r.busyMs);
    wall.push(r.ms);
  }
  const { profile } = (await bench.cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let all = 0;
  let inSlices = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // a sample's time runs to the next one
    all += dt;
    const stack: string[] = [];
    for (let id: number | undefined = profile.samples[i]!; id !== undefined; id = parent.get(id))
      stack.push(byId.get(id)!.callFrame.functionName);
    if (!stack.includes('slice')) continue;
    inSlices += dt;
    const { functionName, lineNumber } = byId.get(profile.samples[i]!)!.callFrame;
    const key = `${functionName || '(anonymous)'}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    for (const name of new Set(stack))
      if (STAGES.includes(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
  }
  const perRun = (t: number) => `${(t / runs).toFixed(1).padStart(7)} ms/run`;
  console.log(
    `${page} × ${kb}, slices of ${sliceMs} ms: to paint ${wall.map((b) => b.toFixed(0)).join(', ')} ms; busy ${busy.map((b) => b.toFixed(0)).join(', ')} ms`,
  );
  console.log(`sampled ${perRun(all)}, inside slices ${perRun(inSlices)}`);
  console.log('inclusive, inside slices:');
  for (const name of STAGES)
    console.log(
      `${perRun(inclusive.get(name) ?? 0)} ${((100 * (inclusive.get(name) ?? 0)) / inSlices).toFixed(1).padStart(5)} %  ${name}`,
    );
  console.log('self, inside slices:');
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${perRun(t)} ${((100 * t) / inSlices).toFixed(1).padStart(5)} %  ${key}`);
  // LINES=name: the ticks of each line of the functions so named, with the bundle's text.
  const lines = process.env.LINES;
  if (lines) {
    const ticks = new Map<number, number>();
    for (const n of profile.nodes)
      if (n.callFrame.functionName === lines)
        for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
    const bundled = await bench.page.evaluate(() => fetch('/bench.js').then((r) => r.text()));
    const source = bundled.split('\n');
    for (const [line, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${String(t).padStart(6)} ticks  ${line}: ${source[line - 1]?.trim().slice(0, 100)}`);
  }
} finally {
  await bench.close();
}
