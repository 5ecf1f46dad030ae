/**
 * Test helper (not shipped): an extension page's direct read of the cache, which the tests use to
 * check what the background stored and how a page meets a cache under repair.
 *
 * Reading the cache straight from an extension page (popup, options), which shares the
 * background's origin and so its IndexedDB. Each call opens a connection and closes it when done,
 * so a page left open never holds the database against an upgrade.
 *
 * These reject when IndexedDB is unavailable; ask the background (`getStatus`) to learn which data
 * it answers from.
 */
import type { Entry } from '../../../utils/knowledge-base/schema';
import { openKnowledgeDb, type KnowledgeDb } from '../../../utils/cache/open-db';
import { readCacheMeta, readEntry, type CacheMeta } from '../../../utils/cache/read-cache';

async function withCache<T>(read: (db: KnowledgeDb) => Promise<T>): Promise<T> {
  const db = await openKnowledgeDb();
  try {
    return await read(db);
  } finally {
    db.close();
  }
}

/** The entry with this id as the cache holds it; undefined if the cache has none (or is empty). */
export function readEntryFromCache(id: string): Promise<Entry | undefined> {
  return withCache((db) => readEntry(db, id));
}

/** The data version and entry count the cache holds; undefined before the background seeded it. */
export function readCacheStatus(): Promise<CacheMeta | undefined> {
  return withCache(readCacheMeta);
}
