// @vitest-environment-options { "url": "chrome-extension://test-extension-id/background.js" }
import { beforeEach, describe, expect, it } from 'vitest';
import { bundledInMemory } from '../../../utils/cache/bundled-data';
import { seedCache } from '../../../utils/cache/seed-cache';
import { contentHash } from '../../../utils/knowledge-base/content-hash';
import { dump, freshIndexedDb, withDb } from './helpers';
import { kbA, kbB, lazy, store } from './store-fixtures';

beforeEach(freshIndexedDb);

describe('createKnowledgeStore with the bundled data loaded on need', () => {
  it('wakes to a current cache without loading it, even for a lookup asked at once', async () => {
    const { store: earlier } = store();
    await earlier.start();
    earlier.close();
    const { bundled, load } = lazy();
    const { store: s } = store(kbA, { bundled });

    void s.start();
    expect((await s.getEntry('delta'))?.id).toBe('delta');
    expect(await s.getStatus()).toEqual({
      source: 'cache',
      version: bundled.version,
      entryCount: 3,
    });
    expect(load).not.toHaveBeenCalled();
    s.close();
  });

  it('loads it once to seed a stale cache', async () => {
    await withDb((db) => seedCache(db, kbA, contentHash(kbA)));
    const { bundled, load } = lazy();
    const { store: s } = store(kbA, { bundled });

    expect(await s.start()).toMatchObject({ source: 'cache', version: bundled.version });
    expect(await withDb(dump)).toMatchObject({ ids: ['alpha', 'beta', 'delta'] });
    expect(load).toHaveBeenCalledTimes(1);
    s.close();
  });

  it('loads it once for lookups arriving together when the cache is unavailable', async () => {
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    const { bundled, load } = lazy();
    const { store: s } = store(kbA, { bundled });

    await s.start();
    const found = await Promise.all([
      s.getEntry('delta'),
      s.getEntries(['alpha']),
      s.getAllEntries(),
    ]);

    expect(found[0]?.id).toBe('delta');
    expect(found[2]).toHaveLength(3);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers from it when the cache has not answered within checkWaitMs', async () => {
    const { bundled } = lazy();
    const never = new Promise<never>(() => {});
    const { store: s } = store(kbA, { bundled, openDb: () => never, checkWaitMs: 5 });

    void s.start();
    expect((await s.getEntry('delta'))?.id).toBe('delta');
    expect(await s.getStatus()).toEqual({
      source: 'bundled',
      version: bundled.version,
      entryCount: 3,
    });
  });

  it('answers "nothing found" rather than rejecting when neither cache nor file can be read', async () => {
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    let fail = true;
    const { bundled } = lazy(kbB, async () => {
      if (fail) throw new Error('file missing');
      return kbB;
    });
    const { store: s, logger } = store(kbA, { bundled });

    expect(await s.start()).toMatchObject({ source: 'bundled', entryCount: 3 });
    expect(await s.getEntry('delta')).toBeUndefined();
    expect(await s.getEntries(['delta'])).toEqual([]);
    expect(await s.getAllEntries()).toEqual([]);
    expect(await s.getSources(['S15'])).toEqual({});
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('could not be loaded'),
      expect.any(Error),
    );
    fail = false;
    expect((await s.getEntry('delta'))?.id).toBe('delta');
  });

  it('never waits for the cache when the data is in memory', async () => {
    const never = new Promise<never>(() => {});
    const inMemory = bundledInMemory(kbB);
    const { store: s } = store(kbA, {
      bundled: inMemory,
      openDb: () => never,
      checkWaitMs: 60_000,
    });
    const waited = new Promise((resolve) => setTimeout(() => resolve('waited'), 50));

    void s.start();
    expect(await Promise.race([s.getEntry('delta').then((e) => e?.id), waited])).toBe('delta');
  });
});
