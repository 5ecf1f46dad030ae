/**
 * npx tsx scripts/bench/ab-remote.ts BEFORE AFTER [KB] [RUNS] [PAGE]
 *
 * Remote matching (issue 18, goal 2 as shipped), before and after a change, in one process: the
 * bench page of each of two checkouts (a worktree with node_modules linked, and this one) in its
 * own headless Chromium, runs interleaved and alternately first (as ab-highlight.ts), so that a
 * shared machine's load falls on both alike. Per run and side: the scan with the local matcher
 * and the remote scan (to paint), the remote scan's page-thread share (slices plus JSON) and its
 * background's (matching). KB defaults to 10k, the case goal 2 missed. Nothing is asserted.
 */
import { abArgs, openLoaded } from './ab-checkout';
import type { BenchPage } from './bench-page';

const [before, after, kb, runsArg, page] = abArgs('ab-remote.ts BEFORE AFTER [KB] [RUNS] [PAGE]', [
  '10k',
  '7',
  '1MB',
]);

interface Side {
  root: string;
  bench: BenchPage;
  local: number[];
  remote: number[];
  pageShare: number[];
  background: number[];
  /** The first request's departure after the scan's start; the last answer's parse to paint. */
  first: number[];
  tail: number[];
  mentions: string;
}

/** Opens a checkout's bench page (bundled from that checkout) with the page and lexicon loaded. */
async function open(root: string): Promise<Side> {
  const bench = await openLoaded(root, page, kb);
  // Warm-ups, untimed (after: the worker's matcher is built here).
  await bench.call('scanPage', page, kb);
  await bench.call('scanPage', page, kb, undefined, true);
  return {
    root,
    bench,
    local: [],
    remote: [],
    pageShare: [],
    background: [],
    first: [],
    tail: [],
    mentions: '',
  };
}

const sides = [await open(before), await open(after)];
for (let r = 0; r < Number(runsArg); r++) {
  for (let k = 0; k < 2; k++) {
    const side = sides[(k + r) % 2]!;
    const local = await side.bench.call('scanPage', page, kb);
    const remote = await side.bench.call('scanPage', page, kb, undefined, true);
    side.local.push(local.ms);
    side.remote.push(remote.ms);
    // Applying answers is timed since the worker stand-in (undefined before).
    side.pageShare.push(remote.busyMs + remote.remote!.pageMs + (remote.remote!.applyMs ?? 0));
    side.background.push(remote.remote!.backgroundMs);
    side.first.push(remote.remote!.firstRequestMs ?? NaN);
    side.tail.push(remote.remote!.afterLastAnswerMs ?? NaN);
    side.mentions = `${local.mentions} / ${remote.mentions}`;
  }
}
for (const side of sides) await side.bench.close();

const median = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!;
const min = (x: number[]) => Math.min(...x);
const fmt = (x: number[]) => `${median(x).toFixed(1)} (min ${min(x).toFixed(1)})`;
const each = (x: number[]) => x.map((v) => v.toFixed(1)).join(' ');
for (const [label, s] of [['before', sides[0]!] as const, ['after', sides[1]!] as const])
  console.log(
    `${label} ${s.root} ${page} × ${kb}: local ${fmt(s.local)} ms · remote ${fmt(s.remote)} ms ` +
      `(page ${fmt(s.pageShare)}, background ${fmt(s.background)}; first request at ` +
      `${fmt(s.first)}, last answer to paint ${fmt(s.tail)}) · mentions ${s.mentions}\n` +
      `  every run: local ${each(s.local)} · remote ${each(s.remote)} · background ${each(s.background)}`,
  );
const [b, a] = sides as [Side, Side];
const x = (p: number, q: number) => `${(p / q).toFixed(2)}×`;
console.log(
  `remote / local, median: before ${x(median(b.remote), median(b.local))} · after ${x(median(a.remote), median(a.local))}`,
);
