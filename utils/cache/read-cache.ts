/**
 * Reads from the cache database. Each function runs in one readonly transaction, reading the data
 * version record and the buckets together, so what it returns comes from a single data set even
 * while a seed is switching to a new one.
 */
import type { IDBPTransaction } from 'idb';
import type { Entry, Source } from '../knowledge-base/schema';
import { bucketOf, entriesInOrder, entryIn } from './entry-buckets';
import { DATA_VERSION_KEY, type KnowledgeDb, type KnowledgeDbSchema } from './open-db';

/** The data set the cache holds. */
export interface CacheMeta {
  version: string;
  entryCount: number;
  seededAt: number;
}

type ReadTx = IDBPTransaction<KnowledgeDbSchema, ('meta' | 'buckets')[], 'readonly'>;

/** Reads the buckets holding these ids (each once) and finds them; nothing before any seed. */
async function findIn(tx: ReadTx, ids: readonly string[]): Promise<(Entry | undefined)[]> {
  const record = await tx.objectStore('meta').get(DATA_VERSION_KEY);
  if (record === undefined) return [];
  const keys = ids.map((id) => bucketOf(id, record.bucketCount));
  const unique = [...new Set(keys)];
  const read = await Promise.all(unique.map((key) => tx.objectStore('buckets').get(key)));
  const buckets = new Map(unique.map((key, i) => [key, read[i]]));
  return ids.map((id, i) => entryIn(buckets.get(keys[i]!), id));
}

/** The entries with these ids, in the order asked, skipping ids the cache does not hold. */
export async function readEntries(db: KnowledgeDb, ids: readonly string[]): Promise<Entry[]> {
  const tx = db.transaction(['meta', 'buckets']);
  const [found] = await Promise.all([findIn(tx, ids), tx.done]);
  return found.filter((entry): entry is Entry => entry !== undefined);
}

/** One entry by id, or undefined when the cache has none. */
export async function readEntry(db: KnowledgeDb, id: string): Promise<Entry | undefined> {
  return (await readEntries(db, [id]))[0];
}

/** Every entry the cache holds, in the knowledge base's order. */
export async function readAllEntries(db: KnowledgeDb): Promise<Entry[]> {
  return entriesInOrder(await db.getAll('buckets'));
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

/**
 * The stored data version and entry count; undefined before any seed. The count is the one the
 * seed wrote with its data in the same transaction, so it is the number of entries held.
 */
export async function readCacheMeta(db: KnowledgeDb): Promise<CacheMeta | undefined> {
  const record = await db.get('meta', DATA_VERSION_KEY);
  if (record === undefined) return undefined;
  return { version: record.version, entryCount: record.entryCount, seededAt: record.seededAt };
}
