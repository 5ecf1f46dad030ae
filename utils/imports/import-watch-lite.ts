/**
 * The content script's view of the reader's import, without zod or WXT's storage library (bundle
 * budget): it hears when the import stored under `local:importedKnowledgeBase` is replaced or
 * removed, and tells whether a lexicon the background sent already reflects that change.
 */
import { browser } from 'wxt/browser';

/** `importItem` is `local:importedKnowledgeBase`: this key of `storage.local`. */
export const IMPORT_KEY = 'importedKnowledgeBase';

/** The stored import's version (its content hash), or null when there is none. */
export function importVersionOf(stored: unknown): string | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const version = (stored as { version?: unknown }).version;
  return typeof version === 'string' ? version : null;
}

/** Calls back with the new import's version (null: removed) whenever it changes; returns the unwatch. */
export function watchImportLite(callback: (importVersion: string | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && IMPORT_KEY in changes) {
      callback(importVersionOf(changes[IMPORT_KEY]!.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Whether a lexicon's data version (`combinedVersion` in with-imports.ts: "base" or
 * "base+import") names the import `importVersion` (null: no import).
 */
export function lexiconHasImport(dataVersion: unknown, importVersion: string | null): boolean {
  if (typeof dataVersion !== 'string') return false;
  const plus = dataVersion.indexOf('+');
  return importVersion === null
    ? plus < 0
    : dataVersion.slice(plus + 1) === importVersion && plus >= 0;
}
