/**
 * npx tsx scripts/bench/ab-highlight.ts BEFORE AFTER [KB] [RUNS] [PAGE]
 *
 * Find + highlight, before and after a change, in one process: the bench page of each of two
 * checkouts (e.g. `git worktree add /tmp/before HEAD~3` with node_modules linked, and this one)
 * in its own headless Chromium, their runs interleaved and alternately first, so that the load
 * of a shared machine (which moved the floor 2.6× between runs of `npm run bench`) falls on both
 * alike. Per run and side: the floor, the scan in one uninterrupted slice (its CPU time) and the
 * scan in the scanner's own slices to paint, as `npm run bench` measures them. Prints medians, minimums and
 * the before/after ratios, every run's figures, and the mention counts (which should agree).
 * Nothing is asserted.
 */
import { abArgs, openLoaded } from './ab-checkout';
import type { BenchPage } from './bench-page';

const [before, after, kb, runsArg, page] = abArgs(
  'ab-highlight.ts BEFORE AFTER [KB] [RUNS] [PAGE]',
  ['bundled', '7', '1MB'],
);

interface Side {
  root: string;
  bench: BenchPage;
  floor: number[];
  cpu: number[];
  paint: number[];
  mentions: number;
}

/** Opens a checkout's bench page (bundled from that checkout) with the page and lexicon loaded. */
async function open(root: string): Promise<Side> {
  const bench = await openLoaded(root, page, kb);
  await bench.call('scanPage', page, kb, 1e9); // warm-up, untimed
  return { root, bench, floor: [], cpu: [], paint: [], mentions: 0 };
}

const sides = [await open(before), await open(after)];
for (let r = 0; r < Number(runsArg); r++) {
  for (let k = 0; k < 2; k++) {
    const side = sides[(k + r) % 2]!;
    const floor = await side.bench.call('treeWalkerFloor', page);
    if ('error' in floor) throw new Error(floor.error);
    side.floor.push(floor.ms);
    side.cpu.push((await side.bench.call('scanPage', page, kb, 1e9)).busyMs);
    const sliced = await side.bench.call('scanPage', page, kb);
    side.paint.push(sliced.ms);
    side.mentions = sliced.mentions;
  }
}
for (const side of sides) await side.bench.close();

const median = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!;
const min = (x: number[]) => Math.min(...x);
const fmt = (x: number[]) => `${median(x).toFixed(1)} (min ${min(x).toFixed(1)})`;
const each = (x: number[]) => x.map((v) => v.toFixed(1)).join(' ');
for (const [label, s] of [['before', sides[0]!] as const, ['after', sides[1]!] as const])
  console.log(
    `${label} ${s.root} ${page} × ${kb}: CPU ${fmt(s.cpu)} ms · to paint ${fmt(s.paint)} ms · floor ${fmt(s.floor)} ms · ${s.mentions} mentions\n  every run: CPU ${each(s.cpu)} · to paint ${each(s.paint)} · floor ${each(s.floor)}`,
  );
const [b, a] = sides as [Side, Side];
const x = (p: number, q: number) => `${(p / q).toFixed(2)}×`;
console.log(
  `before/after: CPU ${x(median(b.cpu), median(a.cpu))} (min ${x(min(b.cpu), min(a.cpu))}) · to paint ${x(median(b.paint), median(a.paint))} (min ${x(min(b.paint), min(a.paint))})`,
);
