/**
 * The public shapes of the popup search: what {@link createSearchIndex} builds and what `search`
 * returns. Kept apart from the algorithms so the UI can import types without pulling fuse.js.
 */
import type { Entry } from '../knowledge-base/schema';
import type { NameLanguage } from '../knowledge-base/model';
import type { GramIndex } from './gram-index';
import type { SortedKeys } from './sorted-keys';
import type { WordIndex } from './word-index';

/** How a result matched, best first: the whole name, its start, a word's start, or fuzzily. */
export type MatchKind = 'exact' | 'prefix' | 'word-prefix' | 'fuzzy';

/** Ranking order of the kinds (lower ranks first). */
export const KIND_RANK: Readonly<Record<MatchKind, number>> = {
  exact: 0,
  prefix: 1,
  'word-prefix': 2,
  fuzzy: 3,
};

/** One hit: the best-matching name of one entry. */
export interface SearchResult {
  readonly entryId: string;
  /** The matched name exactly as the knowledge base writes it. */
  readonly matchedName: string;
  readonly matchedLang: NameLanguage;
  readonly kind: MatchKind;
  /**
   * 0 (perfect) to 1, fuse.js style, comparable only within one kind: 0 for exact hits; for
   * prefix and word-prefix hits, the share of the name not typed yet; for fuzzy hits, fuse.js's score.
   */
  readonly score: number;
  /** Half-open `[start, end)` ranges of `matchedName` (original text) to mark, ascending. */
  readonly highlight: readonly (readonly [number, number])[];
}

/** Options of `search`. */
export interface SearchOptions {
  /** At most this many results (default {@link DEFAULT_LIMIT}). */
  readonly limit?: number;
}

/** How many results `search` returns unless told otherwise. */
export const DEFAULT_LIMIT = 20;

/**
 * Every name of every entry, as parallel arrays (name number → fields): typed arrays keep a
 * 100k-entry index compact and fast to scan.
 */
export interface NameTable {
  /** Search keys (see search-key.ts). */
  readonly keys: readonly string[];
  /** Original texts. */
  readonly texts: readonly string[];
  /** Index of the entry in `SearchIndex.entries`. */
  readonly entry: Int32Array;
  /** Index of the language in NAME_LANGUAGES. */
  readonly lang: Uint8Array;
  /** Position in the language's name list (0 = the display name). */
  readonly position: Uint16Array;
  /** 1 for a form the language's rules generate from a listed name, 0 for a listed name. */
  readonly generated: Uint8Array;
}

/** The search index: built once from the entries by {@link createSearchIndex}, then read-only. */
export interface SearchIndex {
  readonly entries: readonly Entry[];
  readonly names: NameTable;
  /** Whole-name keys, sorted, for exact and prefix hits. */
  readonly sortedKeys: SortedKeys;
  /** Words inside names, for word-prefix hits. */
  readonly words: WordIndex;
  /** Bigram postings, for fuzzy candidates. */
  readonly grams: GramIndex;
}
