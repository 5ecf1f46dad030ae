import { IDBFactory } from 'fake-indexeddb';
import { bucketOf } from '../../../utils/cache/entry-buckets';
import { DATA_VERSION_KEY, openKnowledgeDb, type KnowledgeDb } from '../../../utils/cache/open-db';
import { readAllEntries } from '../../../utils/cache/read-cache';
import type { Entry } from '../../../utils/knowledge-base/schema';

/** A fresh, empty IndexedDB for each test: nothing leaks from one test into the next. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** Opens the cache, runs `read`, and closes it (as another context would). */
export async function withDb<T>(read: (db: KnowledgeDb) => Promise<T>): Promise<T> {
  const db = await openKnowledgeDb();
  try {
    return await read(db);
  } finally {
    db.close();
  }
}

/** Everything the cache holds, entries sorted by id, to compare whole data sets. */
export async function dump(db: KnowledgeDb) {
  const [all, sourceIds, meta] = await Promise.all([
    readAllEntries(db),
    db.getAllKeys('sources'),
    db.get('meta', DATA_VERSION_KEY),
  ]);
  const entries = all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ids: entries.map((e) => e.id), entries, sourceIds, version: meta?.version };
}

/** Replaces a cached entry behind the store's back (it must already be cached). */
export async function overwriteCachedEntry(db: KnowledgeDb, entry: Entry): Promise<void> {
  const meta = await db.get('meta', DATA_VERSION_KEY);
  const key = bucketOf(entry.id, meta!.bucketCount);
  const bucket = (await db.get('buckets', key))!;
  bucket.json[bucket.ids.indexOf(entry.id)] = JSON.stringify(entry);
  await db.put('buckets', bucket, key);
}
