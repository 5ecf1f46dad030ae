/**
 * npx tsx scripts/bench/ab-ready.ts BEFORE AFTER [ROUNDS] [KB] [VIA]
 *
 * Content script ready, before and after a change, in one process: the bench page of each of two
 * checkouts (as ab-highlight.ts: a worktree with node_modules linked, and this one) in its own
 * headless Chromium. Each side builds its lexicon's JSON once; then, rounds alternating which
 * side goes first, each side takes a fresh page, adopts the JSON and times its first ready
 * (cold, as a new frame) and two more (warm, as `npm run bench -- --only ready` does). A side
 * whose bench page has `readySplit` also times the steps, in other fresh pages (cold and warm).
 * VIA (default `clone`): how the message arrives (page/lexicon.ts: `json` or `clone`, structured
 * clone of the bytes form); a side whose bench page predates it ignores it and parses JSON.
 * Prints medians and every run. Nothing is asserted.
 */
import { abArgs, openCheckout } from './ab-checkout';
import type { BenchPage } from './bench-page';
import type { KbName } from './fixtures';
import type { Via } from './page/lexicon';

const [before, after, roundsArg, kbArg, viaArg] = abArgs(
  'ab-ready.ts BEFORE AFTER [ROUNDS] [KB] [VIA]',
  ['9', 'bundled', 'clone'],
);
const kb = kbArg as KbName;
const via = viaArg as Via;

interface Side {
  root: string;
  bench: BenchPage;
  json: string;
  cold: number[];
  warm: number[];
  splits: { cold: Record<string, number>[]; warm: Record<string, number>[] };
}

async function open(root: string): Promise<Side> {
  const bench = await openCheckout(root);
  await bench.call('load', 'kb', kb);
  await bench.call('buildLexiconOf', kb);
  const json = await bench.call('lexiconJsonOf', kb);
  return { root, bench, json, cold: [], warm: [], splits: { cold: [], warm: [] } };
}

async function fresh(side: Side) {
  await side.bench.reload();
  await side.bench.call('load', 'kb', kb);
  await side.bench.call('adoptLexiconJson', kb, side.json);
}

const hasSplit = async (side: Side) =>
  side.bench.page.evaluate(
    () => 'readySplit' in (window as never as { qarinaBench: object }).qarinaBench,
  );

const sides = [await open(before), await open(after)];
for (let r = 0; r < Number(roundsArg); r++) {
  for (let k = 0; k < 2; k++) {
    const side = sides[(k + r) % 2]!;
    await fresh(side);
    side.cold.push((await side.bench.call('readyFromJson', kb, via)).ms);
    for (let w = 0; w < 2; w++)
      side.warm.push((await side.bench.call('readyFromJson', kb, via)).ms);
    if (!(await hasSplit(side))) continue;
    await fresh(side);
    side.splits.cold.push(await side.bench.call('readySplit', kb, via));
    for (let w = 0; w < 2; w++) side.splits.warm.push(await side.bench.call('readySplit', kb, via));
  }
}
for (const side of sides) await side.bench.close();

const median = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!;
const each = (x: number[]) => x.map((v) => v.toFixed(1)).join(' ');
const splitText = (runs: Record<string, number>[]) =>
  Object.keys(runs[0] ?? {})
    .map((step) => `${step} ${median(runs.map((t) => t[step]!)).toFixed(2)}`)
    .join(' · ');
for (const [label, s] of [['before', sides[0]!] as const, ['after', sides[1]!] as const]) {
  console.log(
    `${label} ${s.root} (${kb}, JSON ${(s.json.length / 1024).toFixed(0)}K chars): cold ${median(s.cold).toFixed(2)} ms · warm ${median(s.warm).toFixed(2)} ms\n  cold: ${each(s.cold)}\n  warm: ${each(s.warm)}`,
  );
  if (s.splits.cold.length)
    console.log(
      `  split, cold: ${splitText(s.splits.cold)}\n  split, warm: ${splitText(s.splits.warm)}`,
    );
}
