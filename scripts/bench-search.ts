/**
 * npx tsx scripts/bench-search.ts [--sizes 1000,10000,100000] [--queries 20] [--fuse-sample N]
 *
 * Per-keystroke latency of the popup search (utils/search) against plain fuse.js over the same
 * synthetic entries (scripts/lib/generate-entries.ts): both type the same queries one character
 * at a time. Prints index build times and p50/p95/max per keystroke. Plain fuse.js takes seconds
 * per keystroke at 100k entries, so above 10k it is timed on every N-th keystroke only (default:
 * enough for about 40 samples). Measures only; asserts nothing.
 */
import Fuse from 'fuse.js';
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

/** Milliseconds each call of `run` took, one sample per input. */
function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const start = performance.now();
    run(input);
    return performance.now() - start;
  });
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

function report(label: string, samples: readonly number[]): void {
  const line = [
    `p50 ${ms(percentile(samples, 50))}`,
    `p95 ${ms(percentile(samples, 95))}`,
    `max ${ms(Math.max(...samples))}`,
  ];
  console.log(`  ${label.padEnd(24)} ${line.join('  ')}  (${samples.length} keystrokes)`);
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
  const fuseSamples = timeEach(
    typed.filter((_, i) => i % every === 0),
    (q) => fuse.search(q),
  );

  report('ours', ours);
  report(every > 1 ? `plain fuse.js (1 in ${every})` : 'plain fuse.js', fuseSamples);
  const ratio = (p: number) => (percentile(fuseSamples, p) / percentile(ours, p)).toFixed(0);
  console.log(`  speed-up: ${ratio(50)}× at p50, ${ratio(95)}× at p95`);
  const kinds = new Map<string, number>();
  for (const q of queries)
    for (const r of search(index, q).slice(0, 1)) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  console.log(
    `  top hit of the full queries: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`,
  );
}
