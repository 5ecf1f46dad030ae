/**
 * npx tsx scripts/bench/slice-cost.ts [PAGE] [KB] [RUNS] [SLICE_MS,…]
 *
 * What slicing costs the scan's CPU (issue 18 goal 1, "To paint at 1 MB"): the bench page's
 * `scanPage` in one uninterrupted slice and in slices of each given budget ('' : the scanner's
 * own), interleaved and rotated each run, so the load of a shared machine falls on all alike.
 * Per variant: the CPU inside its slices (the sum of the slices' lengths, GC inside included),
 * to paint, and the number of slices. Medians and minimums. Nothing is asserted.
 */
import { openBenchWith } from './bench-page';
import type { KbName, PageName } from './fixtures';

const [page = '1MB', kb = 'bundled', runsArg = '9', slicesArg = ',20,1e9'] = process.argv.slice(2);
const variants = slicesArg.split(',').map((s) => (s === '' ? undefined : Number(s)));
const label = (v: number | undefined) =>
  v === undefined ? 'default' : v >= 1e6 ? 'one' : `${v} ms`;

const bench = await openBenchWith(page as PageName, kb as KbName);
try {
  for (const v of variants) await bench.call('scanPage', page, kb, v); // warm-up
  const rows = variants.map(() => ({
    cpu: [] as number[],
    paint: [] as number[],
    slices: [] as number[],
  }));
  for (let r = 0; r < Number(runsArg); r++)
    for (let k = 0; k < variants.length; k++) {
      const i = (k + r) % variants.length;
      const res = await bench.call('scanPage', page, kb, variants[i]);
      rows[i]!.cpu.push(res.busyMs);
      rows[i]!.paint.push(res.ms);
      rows[i]!.slices.push(res.slices);
    }
  const median = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!;
  const fmt = (x: number[]) => `${median(x).toFixed(1)} (min ${Math.min(...x).toFixed(1)})`;
  console.log(`${page} × ${kb}, ${runsArg} runs each, medians (min)`);
  variants.forEach((v, i) =>
    console.log(
      `  ${label(v).padEnd(8)} CPU in slices ${fmt(rows[i]!.cpu)} · to paint ${fmt(rows[i]!.paint)} · slices ${median(rows[i]!.slices)}`,
    ),
  );
} finally {
  await bench.close();
}
