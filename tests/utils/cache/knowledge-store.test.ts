// @vitest-environment-options { "url": "chrome-extension://test-extension-id/background.js" }
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KB_DB_NAME, KB_DB_VERSION, openKnowledgeDb } from '../../../utils/cache/open-db';
import { seedCache } from '../../../utils/cache/seed-cache';
import { contentHash } from '../../../utils/knowledge-base/content-hash';
import { entry } from './fixtures';
import { dump, freshIndexedDb, overwriteCachedEntry, withDb } from './helpers';
import { kbA, kbB, lazy, oneSeed, store, summaries } from './store-fixtures';

beforeEach(freshIndexedDb);

describe('createKnowledgeStore', () => {
  it('answers from the bundled data while the cache is not ready', async () => {
    const never = new Promise<never>(() => {});
    const { store: s } = store(kbB, { openDb: () => never });
    void s.start();

    expect((await s.getEntry('beta'))?.summary.en).toBe('Beta, revised.');
    expect(await s.getEntry('nobody')).toBeUndefined();
    expect(await s.getStatus()).toEqual({
      source: 'bundled',
      version: contentHash(kbB),
      entryCount: 3,
    });
  });

  it('seeds an empty cache on first start and then answers from it', async () => {
    const { store: s } = store();
    expect(await s.start()).toEqual({ source: 'cache', version: contentHash(kbB), entryCount: 3 });

    // Change the cached copy behind the store's back: the answer must come from the cache.
    await withDb((db) => overwriteCachedEntry(db, entry('beta', 'From the cache.')));
    expect((await s.getEntry('beta'))?.summary.en).toBe('From the cache.');
    s.close();
  });

  it('answers getEntries in the order asked, skipping unknown ids, from either source', async () => {
    const { store: s } = store();
    const ids = ['delta', 'nobody', 'alpha'];
    const fromBundled = await s.getEntries(ids);
    await s.start();
    const fromCache = await s.getEntries(ids);

    expect(fromBundled.map((e) => e.id)).toEqual(['delta', 'alpha']);
    expect(fromCache).toEqual(fromBundled);
    s.close();
  });

  it('replaces version A with B on start, leaving nothing stale', async () => {
    await withDb((db) => seedCache(db, kbA, contentHash(kbA)));
    const { store: s } = store(kbB);

    expect(await s.start()).toMatchObject({ source: 'cache', version: contentHash(kbB) });
    expect(await withDb(dump)).toMatchObject({ ids: ['alpha', 'beta', 'delta'] });
    expect(await s.getEntry('gamma')).toBeUndefined();
    s.close();
  });

  it('keeps the old data when a seed is aborted halfway, and retries on the next start', async () => {
    await withDb((db) => seedCache(db, kbA, contentHash(kbA)));
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++puts === 2) this.transaction.abort();
      return put.apply(this, args);
    });
    const { store: first, logger } = store(kbB);

    const status = await first.start();
    expect(status).toMatchObject({ source: 'bundled', version: contentHash(kbB) });
    expect(status.error).toBeTruthy();
    expect(logger.warn).toHaveBeenCalled();
    expect(summaries(await first.getEntries(['beta']))).toEqual(['Beta, revised.']);
    expect(await withDb(dump)).toMatchObject({
      ids: ['alpha', 'beta', 'gamma'],
      version: contentHash(kbA),
    });
    first.close();

    spy.mockRestore();
    const { store: next } = store(kbB);
    expect(await next.start()).toMatchObject({ source: 'cache', version: contentHash(kbB) });
    expect(await withDb(dump)).toMatchObject({ ids: ['alpha', 'beta', 'delta'] });
    next.close();
  });

  it('lets two contexts start at once: one seeds, both answer from the same cache', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const { store: background } = store();
    const { store: other } = store();

    const [a, b] = await Promise.all([background.start(), other.start()]);

    expect(a).toEqual({ source: 'cache', version: contentHash(kbB), entryCount: 3 });
    expect(b).toEqual(a);
    expect(put).toHaveBeenCalledTimes(oneSeed);
    background.close();
    other.close();
  });

  it('rewrites the cache when forced (install, update) even if the version is unchanged', async () => {
    // An earlier build (another worker) stored this version: its records may differ from ours.
    const { store: earlier } = store();
    await earlier.start();
    earlier.close();
    const { store: s } = store();
    expect(await s.start()).toMatchObject({ source: 'cache' });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');

    expect(await s.seed({ force: true })).toMatchObject({ source: 'cache' });
    expect(put).toHaveBeenCalledTimes(oneSeed);
    s.close();
  });

  it('does not rewrite when forced after its own start wrote the same data', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const { store: s } = store();

    expect(await s.start()).toMatchObject({ source: 'cache', version: contentHash(kbB) });
    expect(await s.seed({ force: true })).toEqual({
      source: 'cache',
      version: contentHash(kbB),
      entryCount: 3,
    });
    expect(put).toHaveBeenCalledTimes(oneSeed);
    s.close();
  });

  it('joins a forced seed requested while its start seeds a stale cache', async () => {
    await withDb((db) => seedCache(db, kbA, contentHash(kbA)));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    let forced: Promise<unknown> | undefined;
    // onInstalled arrives while start()'s seed is loading the bundled data.
    const { bundled } = lazy(kbB, () => {
      forced = s.seed({ force: true });
      return Promise.resolve(kbB);
    });
    const { store: s } = store(kbA, { bundled });

    const started = await s.start();

    expect(await forced).toEqual(started);
    expect(started).toMatchObject({ source: 'cache', version: contentHash(kbB) });
    expect(put).toHaveBeenCalledTimes(oneSeed);
    expect(await withDb(dump)).toMatchObject({ ids: ['alpha', 'beta', 'delta'] });
    s.close();
  });

  it('does a forced seed requested while starting on a current cache, and seeds once', async () => {
    const { store: earlier } = store();
    await earlier.start();
    earlier.close();
    const { store: s } = store();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');

    const [started, forced] = await Promise.all([s.start(), s.seed({ force: true })]);

    expect(put).toHaveBeenCalledTimes(oneSeed);
    expect(started).toEqual(forced);
    expect(forced).toMatchObject({ source: 'cache', version: contentHash(kbB) });
    s.close();
  });

  it('answers from the bundled data when IndexedDB is unavailable', async () => {
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    const deleteDb = vi.fn();
    const { store: s, logger } = store(kbB, { deleteDb });

    const status = await s.start();

    expect(status).toMatchObject({ source: 'bundled', version: contentHash(kbB), entryCount: 3 });
    expect(status.error).toBeTruthy();
    expect(logger.warn).toHaveBeenCalled();
    expect((await s.getEntry('delta'))?.id).toBe('delta');
    expect(deleteDb).not.toHaveBeenCalled();
  });

  it('answers from the bundled data when opening fails (Firefox private window)', async () => {
    const refused = new DOMException('A mutation operation was attempted', 'InvalidStateError');
    const deleteDb = vi.fn();
    const { store: s } = store(kbB, { openDb: () => Promise.reject(refused), deleteDb });

    expect(await s.start()).toMatchObject({ source: 'bundled', error: /InvalidStateError/ });
    expect(summaries(await s.getEntries(['beta']))).toEqual(['Beta, revised.']);
    expect(deleteDb).not.toHaveBeenCalled();
  });

  it('answers from the bundled data when the seed hits the storage quota', async () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw full;
    });
    const { store: s } = store();

    expect(await s.start()).toMatchObject({ source: 'bundled', error: /QuotaExceededError/ });
    expect((await s.getEntry('delta'))?.id).toBe('delta');
    s.close();
  });

  it('repairs a database a newer build left at an unknown schema version', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(KB_DB_NAME, KB_DB_VERSION + 1);
      request.onsuccess = () => (request.result.close(), resolve());
    });
    const { store: s, logger } = store();

    expect(await s.start()).toMatchObject({ source: 'cache', version: contentHash(kbB) });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('repairing'),
      expect.objectContaining({ name: 'VersionError' }),
    );
    const db = await openKnowledgeDb();
    expect(db.version).toBe(KB_DB_VERSION);
    db.close();
    s.close();
  });

  it('falls back to the bundled data when another context takes the database away', async () => {
    const { store: s } = store();
    await s.start();

    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(KB_DB_NAME);
      request.onsuccess = () => resolve();
    });

    expect(await s.getStatus()).toMatchObject({ source: 'bundled', error: /versionchange/ });
    expect((await s.getEntry('alpha'))?.id).toBe('alpha');
  });
});
