/**
 * The imported knowledge base, kept in extension storage (`local:importedKnowledgeBase`), apart
 * from the IndexedDB cache: the cache holds only data derived from the bundled file, and it is
 * cleared by every re-seed and deleted by a repair, neither of which may lose what the reader
 * imported.
 */
import { storage } from 'wxt/utils/storage';
import { contentHash } from '../knowledge-base/content-hash';
import { KnowledgeBaseSchema, type KnowledgeBase } from '../knowledge-base/schema';

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

export const importItem = storage.defineItem<StoredImport | null>('local:importedKnowledgeBase', {
  fallback: null,
  version: 1,
});

/** The record to store for a checked knowledge base. */
export function toStoredImport(
  fileName: string,
  knowledgeBase: KnowledgeBase,
  now = Date.now(),
): StoredImport {
  return { fileName, importedAt: now, version: contentHash(knowledgeBase), knowledgeBase };
}

/**
 * What storage holds, checked again: storage is writable by any extension context, and a record
 * from a broken write must never reach the lexicon. Anything invalid counts as no import.
 */
export function parseStoredImport(raw: unknown): StoredImport | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Partial<StoredImport>;
  const kb = KnowledgeBaseSchema.safeParse(value.knowledgeBase);
  if (!kb.success || typeof value.fileName !== 'string') return null;
  const importedAt = typeof value.importedAt === 'number' ? value.importedAt : 0;
  return toStoredImport(value.fileName, kb.data, importedAt);
}

/** The stored import, or null. */
export async function loadStoredImport(): Promise<StoredImport | null> {
  return parseStoredImport(await importItem.getValue());
}
