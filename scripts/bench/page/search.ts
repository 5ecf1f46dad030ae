/**
 * The popup's search per keystroke against plain fuse.js over the same entries, typed one
 * character at a time (typing sessions from scripts/lib/generate-entries.ts: `typingQueries`).
 */
import Fuse from 'fuse.js';
import type { Alias, Entry } from '../../../utils/knowledge-base/schema';
import { createSearchIndex, search } from '../../../utils/search/search';
import { keystrokes, typingQueries } from '../../lib/generate-entries';
import { kbOf } from './state';

/** Per-keystroke samples in ms, and the index build times. */
export interface SearchSamples {
  ours: number[];
  fuse: number[];
  buildMs: number;
  fuseBuildMs: number;
  keystrokes: number;
}

/** Plain fuse.js as an app would first write it: every name field of every entry, default options. */
function plainFuse(entries: readonly Entry[]): Fuse<Entry> {
  const texts = (aliases: readonly Alias[] | undefined) =>
    (aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text));
  const keys = (['ar', 'en', 'zh', 'ru'] as const).map((lang) => ({
    name: lang,
    getFn: (e: Entry) => texts(e.names[lang]),
  }));
  return new Fuse(entries, { keys });
}

function timeEach(inputs: readonly string[], run: (input: string) => unknown): number[] {
  return inputs.map((input) => {
    const start = performance.now();
    run(input);
    return performance.now() - start;
  });
}

/** Types `queryCount` queries; fuse.js is timed on at most `fuseSamples` of the keystrokes. */
export function searchBench(
  kbName: string,
  queryCount: number,
  fuseSamples: number,
): SearchSamples {
  const entries = kbOf(kbName).kb.entries;
  const typed = typingQueries(entries, queryCount, entries.length + 1).flatMap(keystrokes);
  let start = performance.now();
  const index = createSearchIndex(entries);
  const buildMs = performance.now() - start;
  start = performance.now();
  const fuse = plainFuse(entries);
  const fuseBuildMs = performance.now() - start;
  // Warm the JIT on other queries so neither side is timed while still being compiled.
  const warmUp = typingQueries(entries, 3, entries.length + 2).flatMap(keystrokes);
  warmUp.forEach((q) => search(index, q));
  warmUp.slice(0, 3).forEach((q) => fuse.search(q));
  const ours = timeEach(typed, (q) => search(index, q));
  const every = Math.max(1, Math.ceil(typed.length / fuseSamples));
  const fuseTimes = timeEach(
    typed.filter((_, i) => i % every === 0),
    (q) => fuse.search(q),
  );
  return { ours, fuse: fuseTimes, buildMs, fuseBuildMs, keystrokes: typed.length };
}
