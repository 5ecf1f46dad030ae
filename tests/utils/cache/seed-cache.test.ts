// @vitest-environment-options { "url": "chrome-extension://test-extension-id/background.js" }
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openKnowledgeDb, type KnowledgeDb } from '../../../utils/cache/open-db';
import {
  readAllEntries,
  readCacheMeta,
  readEntries,
  readSources,
} from '../../../utils/cache/read-cache';
import { seedCache } from '../../../utils/cache/seed-cache';
import { entry, knowledgeBase, source } from './fixtures';
import { dump, freshIndexedDb } from './helpers';

const kbA = knowledgeBase([entry('alpha'), entry('beta'), entry('gamma')], { S1: source('One') });
const kbB = knowledgeBase([entry('alpha'), entry('beta', 'Beta, revised.'), entry('delta')], {
  S2: source('Two'),
});

let db: KnowledgeDb;
beforeEach(async () => {
  freshIndexedDb();
  db = await openKnowledgeDb();
  return () => db.close();
});

describe('seedCache', () => {
  it('fills an empty cache with every entry and source, and the data version', async () => {
    expect(await seedCache(db, kbA, 'A')).toBe('seeded');

    const stored = await dump(db);
    expect(stored.ids).toEqual(['alpha', 'beta', 'gamma']);
    expect(stored.entries).toEqual(kbA.entries);
    expect(stored.sourceIds).toEqual(['S1', 'S15']);
    expect(await readCacheMeta(db)).toMatchObject({ version: 'A', entryCount: 3 });
  });

  it('writes a few bucket records rather than one per entry, read back in file order', async () => {
    const entries = Array.from({ length: 250 }, (_, i) => entry(`e${(i * 7919) % 250}`));
    const kb = knowledgeBase(entries);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');

    await seedCache(db, kb, 'big');

    expect(put).toHaveBeenCalledTimes(3 + Object.keys(kb.sources).length + 1);
    expect(await readAllEntries(db)).toEqual(entries);
    expect(await readEntries(db, ['e249', 'e0'])).toEqual([entry('e249'), entry('e0')]);
  });

  it('leaves nothing stale when upgrading from A to B (entries added, changed and removed)', async () => {
    await seedCache(db, kbA, 'A');
    expect(await seedCache(db, kbB, 'B')).toBe('seeded');

    const stored = await dump(db);
    expect(stored.ids).toEqual(['alpha', 'beta', 'delta']);
    expect(stored.entries.find((e) => e.id === 'beta')?.summary.en).toBe('Beta, revised.');
    expect(stored.sourceIds).toEqual(['S15', 'S2']);
    expect(stored.version).toBe('B');
    expect(await readEntries(db, ['gamma'])).toEqual([]);
    expect(await readSources(db, ['S1', 'S2'])).toEqual({ S2: source('Two') });
  });

  it('writes nothing when the cache already holds the version', async () => {
    await seedCache(db, kbA, 'A');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');

    expect(await seedCache(db, kbB, 'A')).toBe('current');
    expect(put).not.toHaveBeenCalled();
    expect((await dump(db)).ids).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('rewrites the same version when forced', async () => {
    await seedCache(db, kbA, 'A');
    expect(await seedCache(db, kbB, 'A', { force: true })).toBe('seeded');
    expect((await dump(db)).ids).toEqual(['alpha', 'beta', 'delta']);
  });

  it('keeps the old data when a record fails to write halfway', async () => {
    await seedCache(db, kbA, 'A');
    const broken = structuredClone(kbB);
    // A function cannot be stored: the source's put throws synchronously after the clear and the
    // entries' puts.
    (broken.sources.S2 as unknown as { oops: unknown }).oops = () => undefined;

    await expect(seedCache(db, broken, 'B')).rejects.toThrow();

    const stored = await dump(db);
    expect(stored.ids).toEqual(['alpha', 'beta', 'gamma']);
    expect(stored.entries).toEqual(kbA.entries);
    expect(stored.version).toBe('A');
  });

  it('keeps the old data when the transaction is aborted halfway (worker killed)', async () => {
    await seedCache(db, kbA, 'A');
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++puts === 2) this.transaction.abort();
      return put.apply(this, args);
    });

    await expect(seedCache(db, kbB, 'B')).rejects.toThrow();
    vi.restoreAllMocks();

    expect(await dump(db)).toMatchObject({ ids: ['alpha', 'beta', 'gamma'], version: 'A' });
  });

  it('lets a reader see the old data set or the new one, never a mix', async () => {
    await seedCache(db, kbA, 'A');
    const reader = await openKnowledgeDb();
    const ids = ['alpha', 'beta', 'gamma', 'delta'];
    // A reader keeps reading, one transaction per read, on every turn of the event loop while
    // the seed runs.
    const reads = [readEntries(reader, ids)];
    let seeded = false;
    const seeding = seedCache(db, kbB, 'B').then(() => (seeded = true));
    while (!seeded) {
      reads.push(readEntries(reader, ids));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await seeding;
    reads.push(readEntries(reader, ids));

    const seen = (await Promise.all(reads)).map((entries) => entries.map((e) => e.summary.en));
    reader.close();
    const setA = ['About alpha.', 'About beta.', 'About gamma.'];
    const setB = ['About alpha.', 'Beta, revised.', 'About delta.'];
    for (const set of seen) expect([setA, setB]).toContainEqual(set);
    expect(seen.at(-1)).toEqual(setB);
  });
});
