/**
 * npx tsx scripts/bench/walk-parts.ts [PAGE] [ROUNDS] [PARTS]
 *
 * Where the scan's DOM walk spends its time in Chromium, part by part (page/walk-parts.ts): the
 * floor's TreeWalker, a bare walk from script over the same nodes, every unit's run walk without
 * and with the rendered test (checkVisibility), and the per-element tests alone. The parts run
 * interleaved, ROUNDS times, on one rendered copy of the page; prints medians and minimums.
 * Nothing is asserted (README, "The scan's CPU outside the matcher").
 */
import { build } from 'esbuild';
import { openBenchPage } from './bench-page';

const [page = '1MB', roundsArg = '9', partsArg] = process.argv.slice(2);
const bench = await openBenchPage();
try {
  const script = await build({
    entryPoints: ['scripts/bench/page/walk-parts.ts'],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  await bench.page.addScriptTag({ content: script.outputFiles[0]!.text });
  const call = <T>(expression: string) => bench.page.evaluate(expression) as Promise<T>;
  const elements = await call<number>(`walkParts.setUp(${JSON.stringify(page)})`);
  await call('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');
  const names = partsArg ? partsArg.split(',') : await call<string[]>('walkParts.names()');
  const times = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let round = 0; round < Number(roundsArg); round++)
    for (const name of names)
      times.get(name)!.push(await call<number>(`walkParts.run(${JSON.stringify(name)})`));
  console.log(`${page}: ${elements} elements, ${roundsArg} rounds, ms`);
  for (const [name, ms] of times) {
    const sorted = [...ms].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    console.log(`${name.padEnd(16)} median ${median.toFixed(1).padStart(6)}  min ${sorted[0]!.toFixed(1).padStart(6)}`);
  }
} finally {
  await bench.close();
}
