/**
 * The fuzzy stage, for typos and transliteration variants (Nurtlev, Tokaev, Organization). It runs
 * fuse.js over a bounded candidate set: the names sharing the most bigrams with the query (see
 * gram-index.ts), never over the whole knowledge base, so its cost does not grow with it.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { BOUNDARYLESS, charClass } from '../text/char-class';
import { queryGrams, selectiveGrams, topCandidates } from './gram-index';
import { rankOf, type Hit } from './hit-collector';
import type { SearchIndex } from './types';

/** fuse.js's cutoff, at most. With `ignoreLocation` a score is errors ÷ query length. */
export const FUZZY_THRESHOLD = 0.34;

/**
 * Typos tolerated in a query form: in alphabetic scripts none up to 4 letters (a 4-letter query
 * with one typo fits inside too many names: «wang» in «Shanghai»; those lengths still get infix
 * hits), one from 5 (Tokaev, Nurtlev, الصبن), two from 9, three from 13…; in Chinese, where one
 * character carries a syllable and a typo is a homophone (托卡也夫 for 托卡耶夫), one from 3.
 */
export function maxTypos(pattern: string): number {
  const { length } = pattern;
  return charClass(pattern.charCodeAt(0)) === BOUNDARYLESS
    ? Math.floor(length / 3)
    : Math.floor((length - 1) / 4);
}

/** The fuse.js threshold that admits {@link maxTypos} errors and not one more. */
function thresholdFor(pattern: string): number {
  return Math.min(FUZZY_THRESHOLD, (maxTypos(pattern) + 0.5) / pattern.length);
}

/** Shorter queries are still being typed; their prefix hits are what the reader wants. */
export const MIN_FUZZY_LENGTH = 3;
/** Longer "queries" are pasted text, not a name; fuse.js would score them 32 units at a time. */
export const MAX_FUZZY_LENGTH = 80;
/** How many candidate names fuse.js scores per query form. */
export const MAX_CANDIDATES = 64;
/** A candidate must share this share of the query's bigrams (2 of 5 for «wnag» vs «wang»). */
const MIN_SHARED_GRAMS = 0.4;

const FUSE_OPTIONS: IFuseOptions<string> = {
  threshold: FUZZY_THRESHOLD,
  includeScore: true,
  includeMatches: true,
  // A name is matched anywhere in it: «Tokaev» inside «Kassym-Jomart Tokayev».
  ignoreLocation: true,
  // Keys are already folded; fuse.js must not lower-case or strip them again.
  isCaseSensitive: true,
  // Rank by edit distance alone; the hit collector prefers shorter names itself.
  ignoreFieldNorm: true,
};

/**
 * True when the matched ranges span a space. A one-word query must match inside one word:
 * otherwise a separator counts as a typo and «кошка» "matches" «…ско-ка…».
 */
function crossesWords(key: string, ranges: readonly (readonly [number, number])[]): boolean {
  if (ranges.length === 0) return false;
  return key.slice(ranges[0]![0], ranges[ranges.length - 1]![1]).includes(' ');
}

/** Per-index scratch counters for candidate selection (one byte per name). */
const scratch = new WeakMap<SearchIndex, Uint8Array>();

/**
 * Fuzzy hits of the query forms `patterns` (the query, then its variants) on names of entries
 * `skip` does not reject, best per name.
 */
export function fuzzyHits(
  index: SearchIndex,
  patterns: readonly string[],
  skip: (entry: number) => boolean,
): Hit[] {
  let counts = scratch.get(index);
  if (!counts) scratch.set(index, (counts = new Uint8Array(index.names.keys.length)));
  const hits: Hit[] = [];
  patterns.forEach((pattern, variant) => {
    if (pattern.length < MIN_FUZZY_LENGTH || pattern.length > MAX_FUZZY_LENGTH) return;
    // A stripped proclitic is a guess; a guess matched as a bare infix («انغ» of «وانغ» inside
    // «شانغهاي») is noise. Variants join the fuzzy stage only where typos are allowed.
    if (variant > 0 && maxTypos(pattern) === 0) return;
    const grams = selectiveGrams(index.grams, queryGrams(index.grams, pattern));
    const minShared = Math.max(1, Math.ceil(grams.length * MIN_SHARED_GRAMS));
    const accept = (name: number) => !skip(index.names.entry[name]!);
    const candidates = topCandidates(index.grams, grams, minShared, MAX_CANDIDATES, counts, accept);
    if (candidates.length === 0) return;
    const threshold = thresholdFor(pattern);
    const keys = candidates.map((name) => index.names.keys[name]!);
    for (const result of new Fuse(keys, { ...FUSE_OPTIONS, threshold }).search(pattern)) {
      const score = result.score ?? 1;
      // A pattern over 32 units is matched in chunks and may "match" with one chunk only.
      if (score > threshold) continue;
      const name = candidates[result.refIndex]!;
      const keyRanges = (result.matches?.[0]?.indices ?? []).map(([s, e]) => [s, e + 1] as const);
      if (!pattern.includes(' ') && crossesWords(index.names.keys[name]!, keyRanges)) continue;
      hits.push({
        name,
        kind: 'fuzzy',
        variant,
        score,
        keyRanges,
        rank: rankOf(index, name, 'fuzzy', variant, score),
      });
    }
  });
  return hits;
}
