/**
 * Reads from the cache database. Each function runs in one readonly transaction, so what it
 * returns comes from a single data set even while a seed is switching to a new one.
 */
import type { Entry, Source } from '../knowledge-base/schema';
import { DATA_VERSION_KEY, type KnowledgeDb } from './open-db';

/** The data set the cache holds. */
export interface CacheMeta {
  version: string;
  entryCount: number;
  seededAt: number;
}

/** One entry by id, or undefined when the cache has none. */
export async function readEntry(db: KnowledgeDb, id: string): Promise<Entry | undefined> {
  return db.get('entries', id);
}

/** The entries with these ids, in the order asked, skipping ids the cache does not hold. */
export async function readEntries(db: KnowledgeDb, ids: readonly string[]): Promise<Entry[]> {
  const tx = db.transaction('entries');
  const [found] = await Promise.all([Promise.all(ids.map((id) => tx.store.get(id))), tx.done]);
  return found.filter((entry): entry is Entry => entry !== undefined);
}

/** Every entry the cache holds. */
export async function readAllEntries(db: KnowledgeDb): Promise<Entry[]> {
  return db.getAll('entries');
}

/** The sources with these ids ("S15"), keyed by id, skipping ids the cache does not hold. */
export async function readSources(
  db: KnowledgeDb,
  ids: readonly string[],
): Promise<Record<string, Source>> {
  const tx = db.transaction('sources');
  const [found] = await Promise.all([Promise.all(ids.map((id) => tx.store.get(id))), tx.done]);
  return Object.fromEntries(
    ids.flatMap((id, i) => (found[i] === undefined ? [] : [[id, found[i]] as const])),
  );
}

/** The stored data version and the number of entries actually held; undefined before any seed. */
export async function readCacheMeta(db: KnowledgeDb): Promise<CacheMeta | undefined> {
  const tx = db.transaction(['meta', 'entries']);
  const [record, entryCount] = await Promise.all([
    tx.objectStore('meta').get(DATA_VERSION_KEY),
    tx.objectStore('entries').count(),
    tx.done,
  ]);
  if (record === undefined) return undefined;
  return { version: record.version, entryCount, seededAt: record.seededAt };
}
