import { IDBFactory } from 'fake-indexeddb';
import { openKnowledgeDb, type KnowledgeDb } from '../../../utils/cache/open-db';

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

/** Everything the cache holds, sorted by key, to compare whole data sets. */
export async function dump(db: KnowledgeDb) {
  const [entries, sourceIds, meta] = await Promise.all([
    db.getAll('entries'),
    db.getAllKeys('sources'),
    db.get('meta', 'dataVersion'),
  ]);
  return { ids: entries.map((e) => e.id), entries, sourceIds, version: meta?.version };
}
