/**
 * Writes a knowledge base into the cache as one all-or-nothing switch.
 *
 * Everything (clearing the old data, every entry and source, and the data version last) goes in one
 * readwrite transaction. IndexedDB commits a transaction whole or not at all, and readers'
 * transactions run before or after it, so a reader sees the old data set or the new one, never a
 * mix; a seed cut short (worker killed, quota, a bad record) leaves the old data and the old
 * version, and the version mismatch makes the next start try again.
 */
import type { KnowledgeBase } from '../knowledge-base/schema';
import { toBuckets } from './entry-buckets';
import { DATA_VERSION_KEY, type DataVersionRecord, type KnowledgeDb } from './open-db';

export interface SeedOptions {
  /** Rewrite even when the cache already holds this version (install/update: records may differ). */
  force?: boolean;
}

/** `seeded`: the cache now holds `version`; `current`: it already did and nothing was written. */
export type SeedResult = 'seeded' | 'current';

/** Seeds the cache with `kb` under the data version `version` unless it already holds it. */
export async function seedCache(
  db: KnowledgeDb,
  kb: KnowledgeBase,
  version: string,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const tx = db.transaction(['buckets', 'sources', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  // Checked inside the write transaction, so two contexts seeding at once cannot both miss it.
  const stored = await meta.get(DATA_VERSION_KEY);
  if (!options.force && stored?.version === version) {
    await tx.done;
    return 'current';
  }

  const buckets = tx.objectStore('buckets');
  const sources = tx.objectStore('sources');
  // Built inside the transaction, after the check: a current cache costs no serialising. Still
  // active here: this runs in the microtask of the request that just succeeded.
  const entryBuckets = toBuckets(kb.entries);
  const record: DataVersionRecord = {
    version,
    entryCount: kb.entries.length,
    bucketCount: entryBuckets.length,
    seededAt: Date.now(),
  };
  // Queue every request without awaiting each one: IndexedDB runs them in order within the
  // transaction, and one await per put would cost a round trip each.
  const writes: Promise<unknown>[] = [];
  try {
    writes.push(buckets.clear(), sources.clear());
    entryBuckets.forEach((bucket, key) => writes.push(buckets.put(bucket, key)));
    for (const [id, source] of Object.entries(kb.sources)) writes.push(sources.put(source, id));
    // Last: the version names the data only once all of it is written.
    writes.push(meta.put(record, DATA_VERSION_KEY));
  } catch (error) {
    // A request that throws synchronously (DataCloneError, DataError) does not abort the
    // transaction by itself: without this, the clear and the puts before it would commit.
    abortQuietly(tx);
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  // A failing request aborts the transaction; tx.done then rejects and nothing is committed.
  await Promise.all([...writes, tx.done]);
  return 'seeded';
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted or finished: either way nothing more will commit.
  }
}
