/**
 * The search box's state: the query, its results and the active result. Results are computed
 * synchronously on each keystroke (a few binary searches; see utils/search).
 */
import { useMemo, useState } from 'preact/hooks';
import { moveActive } from '../../utils/popup/list-navigation';
import { search, type SearchIndex, type SearchResult } from '../../utils/search/search';

export interface SearchState {
  query: string;
  results: SearchResult[];
  active: number;
  setQuery(query: string): void;
  setActive(index: number): void;
  /** Moves the active result for an arrow key; false when the key is not a move. */
  move(key: string): boolean;
}

export const RESULT_LIMIT = 20;

export function useSearch(index: SearchIndex | undefined): SearchState {
  const [query, setQueryState] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(
    () => (index ? search(index, query, { limit: RESULT_LIMIT }) : []),
    [index, query],
  );
  return {
    query,
    results,
    active: Math.min(active, Math.max(0, results.length - 1)),
    setQuery(next) {
      setQueryState(next);
      setActive(0);
    },
    setActive,
    move(key) {
      const next = moveActive(active, results.length, key);
      if (next === undefined) return false;
      setActive(next);
      return true;
    },
  };
}
