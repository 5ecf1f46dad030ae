/**
 * The stored import, checked: storage is writable by any extension context, and a record from a
 * broken write must never reach the lexicon. The record's key and unchecked access live in
 * import-record.ts (zod-free, shared with the content script).
 */
import { contentHash } from '../knowledge-base/content-hash';
import { KnowledgeBaseSchema, type KnowledgeBase } from '../knowledge-base/schema';
import { readStoredImportRaw, type StoredImport } from './import-record';

export type { StoredImport };

/** The record to store for a checked knowledge base. */
export function toStoredImport(
  fileName: string,
  knowledgeBase: KnowledgeBase,
  now = Date.now(),
): StoredImport {
  return { fileName, importedAt: now, version: contentHash(knowledgeBase), knowledgeBase };
}

/** What storage holds, checked again. Anything invalid counts as no import. */
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
  return parseStoredImport(await readStoredImportRaw());
}
