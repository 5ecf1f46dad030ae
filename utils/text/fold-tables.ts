/**
 * The languages' fold tables as the extension ships them, for every context that folds the
 * knowledge base (background, popup, options, scripts). Content scripts never import this module
 * (tests/architecture/layers.test.ts): they install the tables the lexicon carries.
 */
import { FOLD_TABLES } from '../language/fold-tables';
import { installFoldTables, type FoldTables } from './fold';

let bundled: FoldTables | undefined;

/** The shipped tables, decoded once. */
export function bundledFoldTables(): FoldTables {
  bundled ??= Object.fromEntries(Object.entries(FOLD_TABLES).map(([code, load]) => [code, load()]));
  return bundled;
}

/** Installs the shipped tables (cheap when they already are). */
export function useBundledFoldTables(): void {
  installFoldTables(bundledFoldTables());
}
