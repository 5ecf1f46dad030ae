/**
 * The languages' tables for building a lexicon (fold tables plus Chinese's word contexts), for the
 * background and scripts. Content scripts install the ones the lexicon carries; the popup and
 * options fold with utils/text/fold-tables.ts, which leaves the word contexts out.
 */
import { MATCH_TABLES, installNameTables } from '../language/match-tables';
import { installFoldTables, type FoldTables } from './fold';

let bundled: FoldTables | undefined;

/** The shipped tables, decoded once. */
export function bundledMatchTables(): FoldTables {
  bundled ??= Object.fromEntries(
    Object.entries(MATCH_TABLES).map(([code, load]) => [code, load()]),
  );
  return bundled;
}

/** Installs them, and the name variants' tables (cheap when they already are). */
export function useBundledMatchTables(): void {
  installNameTables();
  installFoldTables(bundledMatchTables());
}
