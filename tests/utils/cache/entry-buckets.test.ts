import { describe, expect, it } from 'vitest';
import {
  BUCKET_SIZE,
  bucketCountFor,
  bucketOf,
  entriesInOrder,
  entryIn,
  toBuckets,
} from '../../../utils/cache/entry-buckets';
import { entry } from './fixtures';

const many = (n: number) => Array.from({ length: n }, (_, i) => entry(`entry-${n - i}`));

describe('entry buckets', () => {
  it('spreads entries over about one bucket per BUCKET_SIZE entries, each where bucketOf says', () => {
    const entries = many(2.5 * BUCKET_SIZE);
    const buckets = toBuckets(entries);

    expect(buckets).toHaveLength(3);
    buckets.forEach((bucket, key) => {
      for (const id of bucket.ids) expect(bucketOf(id, buckets.length)).toBe(key);
    });
    expect(buckets.flatMap((b) => b.ids).sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('keeps at least one bucket, even for no entries', () => {
    expect(bucketCountFor(0)).toBe(1);
    expect(toBuckets([])).toEqual([{ ids: [], positions: [], json: [] }]);
  });

  it('finds an entry by id in its bucket, equal to the original', () => {
    const entries = many(300);
    const buckets = toBuckets(entries);
    const wanted = entries[123]!;

    expect(entryIn(buckets[bucketOf(wanted.id, buckets.length)], wanted.id)).toEqual(wanted);
    expect(entryIn(buckets[0], 'nobody')).toBeUndefined();
    expect(entryIn(undefined, wanted.id)).toBeUndefined();
  });

  it('gives every entry back in the knowledge base order', () => {
    const entries = many(450);
    expect(entriesInOrder(toBuckets(entries))).toEqual(entries);
  });

  it('fills no bucket far beyond the average (ids are hashed, not sorted)', () => {
    const count = bucketCountFor(10_000);
    const sizes = new Array<number>(count).fill(0);
    for (let i = 0; i < 10_000; i++) sizes[bucketOf(`generated-${i}`, count)]!++;
    expect(Math.max(...sizes)).toBeLessThan(2 * BUCKET_SIZE);
  });
});
