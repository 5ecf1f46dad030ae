/**
 * The popup's search as you type. Each keystroke costs a few binary searches in the sorted name
 * index, a scan of the matching range, and only when those leave room, fuse.js over a few dozen
 * bigram-selected candidates. Stages stop as soon as `limit` entries are found, because every hit
 * of a later stage would rank below them anyway.
 */
import { NAME_LANGUAGES } from '../knowledge-base/model';
import { LANGUAGES } from '../language/registry';
import { useBundledFoldTables } from '../text/fold-tables';
import { fuzzyHits } from './fuzzy-hits';
import { HitCollector, type Hit } from './hit-collector';
import { keyOffsets, originalRange, searchKey } from './search-key';
import { prefixRange } from './sorted-keys';
import { DEFAULT_LIMIT, type SearchIndex, type SearchOptions, type SearchResult } from './types';
import { forEachWordPrefix } from './word-index';

export { createSearchIndex } from './create-search-index';
export type { MatchKind, SearchIndex, SearchOptions, SearchResult } from './types';

const QUERY_VARIANTS = LANGUAGES.flatMap((language) =>
  language.queryVariants ? [language.queryVariants] : [],
);

/** The forms a search key may have had before clitics were glued to it, per the languages. */
function queryVariants(key: string): string[] {
  const variants: string[] = [];
  for (const variantsOf of QUERY_VARIANTS)
    for (const variant of variantsOf(key))
      if (variant !== key && !variants.includes(variant)) variants.push(variant);
  return variants;
}

/**
 * Searches every name and alias of the index for `query`, in any script. Returns at most
 * `limit` results, one per entry, ranked as described in hit-collector.ts: exact, then prefix,
 * then word-prefix, then fuzzy hits. An empty or blank query returns no results.
 */
export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchResult[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  useBundledFoldTables();
  const key = searchKey(query);
  if (key === '' || limit <= 0) return [];
  // «والصين» is also tried as «الصين»: the reader copied the word with its proclitics.
  const forms = [key, ...queryVariants(key)];
  const hits = new HitCollector(index);
  forms.forEach((form, variant) => collectPrefixes(index, form, variant, hits));
  if (hits.size < limit)
    forms.forEach((form, variant) => collectWordPrefixes(index, form, variant, hits));
  if (hits.size < limit) {
    for (const hit of fuzzyHits(index, forms, (entry) => hits.has(entry))) hits.offer(hit);
  }
  return hits.top(limit).map((hit) => toResult(index, hit));
}

/** Offers every name that `form` is a prefix of (exact when it is the whole name). */
function collectPrefixes(
  index: SearchIndex,
  form: string,
  variant: number,
  hits: HitCollector,
): void {
  const { keys, name: names } = index.sortedKeys;
  const [from, to] = prefixRange(keys, form);
  for (let p = from; p < to; p++) {
    const length = keys[p]!.length;
    hits.offerSpan(names[p]!, length === form.length ? 'exact' : 'prefix', variant, 0, form.length);
  }
}

/** Offers every place inside a name where `form` starts a word. */
function collectWordPrefixes(
  index: SearchIndex,
  form: string,
  variant: number,
  hits: HitCollector,
): void {
  forEachWordPrefix(index.words, index.names.keys, form, (name, offset) =>
    hits.offerSpan(name, 'word-prefix', variant, offset, form.length),
  );
}

/** The public form of a hit, with its ranges mapped back to the original name text. */
function toResult(index: SearchIndex, hit: Hit): SearchResult {
  const { names, entries } = index;
  const text = names.texts[hit.name]!;
  const offsets = keyOffsets(text);
  return {
    entryId: entries[names.entry[hit.name]!]!.id,
    matchedName: text,
    matchedLang: NAME_LANGUAGES[names.lang[hit.name]!]!,
    kind: hit.kind,
    score: hit.score,
    highlight: mergeRanges(hit.keyRanges.map(([start, end]) => originalRange(offsets, start, end))),
  };
}

/** Sorted, with touching or overlapping ranges joined (fuse.js may report «ab» and «c» apart). */
function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
