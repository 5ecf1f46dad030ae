/**
 * The reader's imported knowledge base as extension storage holds it: one record under the key
 * `importedKnowledgeBase` of `storage.local` (WXT's `local:importedKnowledgeBase`), apart from the
 * IndexedDB cache, which every re-seed clears and every repair deletes. This module reads, writes
 * and watches the record without checking it, so the content script can hear changes without zod;
 * stored-import.ts checks what it reads.
 */
import { browser } from 'wxt/browser';
import type { KnowledgeBase } from '../knowledge-base/schema';

/** The key of `storage.local` under which the import is stored. */
export const IMPORT_KEY = 'importedKnowledgeBase';

/** One imported file, as checked and stored. */
export interface StoredImport {
  /** The file's name as the reader chose it (shown on the options page, used for export). */
  fileName: string;
  /** When it was imported (ms since the epoch). */
  importedAt: number;
  /** Content hash of `knowledgeBase`: part of the data version while the import is installed. */
  version: string;
  knowledgeBase: KnowledgeBase;
}

/** What storage holds, unchecked (null when there is no import). */
export async function readStoredImportRaw(): Promise<unknown> {
  return (await browser.storage.local.get(IMPORT_KEY))[IMPORT_KEY] ?? null;
}

/** Stores the import in place of any earlier one; null removes it. */
export async function writeStoredImport(value: StoredImport | null): Promise<void> {
  if (value === null) await browser.storage.local.remove(IMPORT_KEY);
  else await browser.storage.local.set({ [IMPORT_KEY]: value });
}

/** The stored import's version (its content hash), or null when there is none. */
export function importVersionOf(stored: unknown): string | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const version = (stored as { version?: unknown }).version;
  return typeof version === 'string' ? version : null;
}

/** Calls back with the new import's version (null: removed) whenever it changes; returns the unwatch. */
export function watchImport(callback: (importVersion: string | null) => void): () => void {
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
