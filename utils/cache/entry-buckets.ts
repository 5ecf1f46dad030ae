/**
 * How the cache stores entries: in buckets of about `BUCKET_SIZE` entries, each entry as its JSON
 * text, the bucket chosen by a hash of the entry's id.
 *
 * Why: Chromium pays for every IndexedDB request (about 0.1 ms each, whatever its size), so one
 * record per entry made seeding 100,000 entries take 15 s; a thousand bucket records take under
 * a second. JSON text clones far faster than nested objects, and a lookup parses only the one
 * entry it wants. The bucket of an id is computed, so a lookup reads exactly one record.
 */
import type { Entry } from '../knowledge-base/schema';

/** Entries per bucket, on average. */
export const BUCKET_SIZE = 100;

/** One stored bucket: parallel arrays, in the knowledge base's order. */
export interface EntryBucket {
  ids: string[];
  /** Each entry's index in the knowledge base, so every entry can be read back in file order. */
  positions: number[];
  /** Each entry as JSON text. */
  json: string[];
}

/** How many buckets hold `entryCount` entries (at least one). */
export function bucketCountFor(entryCount: number): number {
  return Math.max(1, Math.ceil(entryCount / BUCKET_SIZE));
}

/** The bucket (0 … count - 1) that holds the entry with this id: FNV-1a 32 of its UTF-16 code units. */
export function bucketOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

/** The entries split into `bucketCountFor(entries.length)` buckets (some may be empty). */
export function toBuckets(entries: readonly Entry[]): EntryBucket[] {
  const count = bucketCountFor(entries.length);
  const buckets = Array.from({ length: count }, (): EntryBucket => ({
    ids: [],
    positions: [],
    json: [],
  }));
  entries.forEach((entry, position) => {
    const bucket = buckets[bucketOf(entry.id, count)]!;
    bucket.ids.push(entry.id);
    bucket.positions.push(position);
    bucket.json.push(JSON.stringify(entry));
  });
  return buckets;
}

/** The entry with this id in `bucket`, or undefined. */
export function entryIn(bucket: EntryBucket | undefined, id: string): Entry | undefined {
  const at = bucket?.ids.indexOf(id) ?? -1;
  return at < 0 ? undefined : (JSON.parse(bucket!.json[at]!) as Entry);
}

/** Every entry of these buckets, in the knowledge base's order. */
export function entriesInOrder(buckets: readonly EntryBucket[]): Entry[] {
  const total = buckets.reduce((sum, bucket) => sum + bucket.ids.length, 0);
  const entries = new Array<Entry>(total);
  for (const bucket of buckets) {
    bucket.positions.forEach((position, i) => {
      entries[position] = JSON.parse(bucket.json[i]!) as Entry;
    });
  }
  return entries;
}
