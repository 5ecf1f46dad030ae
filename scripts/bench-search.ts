/**
 * npx tsx scripts/bench-search.ts [--sizes 1000,10000,100000] [--queries 20] [--fuse-sample N]
 *
 * Per-keystroke latency of the popup search (utils/search) against plain fuse.js over the same
 * synthetic entries (scripts/lib/generate-entries.ts): both type the same queries one character
 * at a time. Prints index build times and p50/p95/max per keystroke. Plain fuse.js takes seconds
 * per keystroke at 100k entries, so above 10k it is timed on every N-th keystroke only (default:
 * enough for about 40 samples; `--fuse-sample 0` skips it). Measures only; asserts nothing.
 */
import Fuse from 'fuse.js';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Alias, Entry } from '../utils/knowledge-base/schema';
import { createSearchIndex, search } from '../utils/search/search';
import { generateEntries, keystrokes, typingQueries } from './lib/generate-entries';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const SIZES = (option('sizes') ?? '1000,10000,100000').split(',').map(Number);
const QUERY_COUNT = Number(option('queries') ?? 20);

/** Per-call timings in milliseconds: wall clock, and this process's CPU time. */
interface Samples {
  wall: number[];
  cpu: number[];
}

/**
 * Times each call of `run`. CPU time is reported next to wall time because on a shared machine
 * (CI, parallel test runs) wall time also counts the time the process waited for a core.
 */
function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): Samples {
  const samples: Samples = { wall: [], cpu: [] };
  for (const input of inputs) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    run(input);
    samples.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    samples.cpu.push((used.user + used.system) / 1000);
  }
  return samples;
}

function timeOnce<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

/** Nearest-rank percentile. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

const ms = (value: number) =>
  (value < 10 ? value.toFixed(2) : value.toFixed(0)).padStart(7) + ' ms';

function report(label: string, { wall, cpu }: Samples): void {
  const line = [
    `p50 ${ms(percentile(wall, 50))}`,
    `p95 ${ms(percentile(wall, 95))}`,
    `max ${ms(Math.max(...wall))}`,
    `| cpu p50 ${ms(percentile(cpu, 50))}`,
    `p95 ${ms(percentile(cpu, 95))}`,
  ];
  console.log(`  ${label.padEnd(24)} ${line.join('  ')}  (${wall.length} keystrokes)`);
}

/** Plain fuse.js as an app would first write it: every name field of every entry, default options. */
function plainFuse(entries: readonly Entry[]) {
  const texts = (aliases: readonly Alias[] | undefined) =>
    (aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text));
  const keys = (['ar', 'en', 'zh', 'ru'] as const).map((lang) => ({
    name: lang,
    getFn: (e: Entry) => texts(e.names[lang]),
  }));
  return new Fuse(entries, { keys });
}

const load = loadavg().map((l) => l.toFixed(1));
console.log(
  `${cpus().length} CPUs, load average ${load.join(' ')} (timings are noisy when loaded)`,
);

for (const size of SIZES) {
  const entries = generateEntries(size, size);
  const queries = typingQueries(entries, QUERY_COUNT, size + 1);
  const typed = queries.flatMap(keystrokes);
  console.log(
    `\n${size.toLocaleString('en')} entries, ${queries.length} queries, ${typed.length} keystrokes`,
  );

  const [index, buildMs] = timeOnce(() => createSearchIndex(entries));
  const [fuse, fuseBuildMs] = timeOnce(() => plainFuse(entries));
  console.log(
    `  index build: ours ${ms(buildMs)}, plain fuse.js ${ms(fuseBuildMs)} (${index.names.keys.length.toLocaleString('en')} names)`,
  );

  // Warm up the JIT on other queries so neither side is timed while still being compiled.
  const warmUp = typingQueries(entries, 5, size + 2).flatMap(keystrokes);
  warmUp.forEach((q) => search(index, q));
  warmUp.slice(0, size > 10_000 ? 3 : warmUp.length).forEach((q) => fuse.search(q));

  const ours = timeEach(typed, (q) => search(index, q));
  const every = Number(
    option('fuse-sample') ?? (size > 10_000 ? Math.max(1, Math.floor(typed.length / 40)) : 1),
  );
  report('ours', ours);
  if (every > 0) {
    const fuseSamples = timeEach(
      typed.filter((_, i) => i % every === 0),
      (q) => fuse.search(q),
    );
    report(every > 1 ? `plain fuse.js (1 in ${every})` : 'plain fuse.js', fuseSamples);
    const ratio = (p: number) =>
      (percentile(fuseSamples.wall, p) / percentile(ours.wall, p)).toFixed(0);
    console.log(`  speed-up (wall): ${ratio(50)}× at p50, ${ratio(95)}× at p95`);
  }
  const kinds = new Map<string, number>();
  for (const q of queries)
    for (const r of search(index, q).slice(0, 1)) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  console.log(
    `  top hit of the full queries: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`,
  );
}
