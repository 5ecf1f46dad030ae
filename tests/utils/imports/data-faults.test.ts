// @vitest-environment-options { "url": "chrome-extension://test-extension-id/background.js" }
/**
 * The data faults, at the level of the whole background data layer (cache + import):
 * whatever happens to IndexedDB, Qarina answers (bundled data when it must), repairs the cache
 * on the next start, and the reader's import and settings (extension storage) are never lost.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KB_DB_NAME, KB_DB_VERSION } from '../../../utils/cache/open-db';
import { readCacheStatus, readEntryFromCache } from '../cache/page-read';
import { createBackgroundData } from '../../../utils/imports/background-data';
import { freshIndexedDb } from '../cache/helpers';
import { bundledFile, goodImportText } from './import-fixtures';

const SETTINGS = { settings: { highlightStyle: 'tint', pausedSites: ['example.org'] } };

beforeEach(async () => {
  fakeBrowser.reset();
  freshIndexedDb();
  // The reader imported a file and changed settings in an earlier session.
  const earlier = createBackgroundData(bundledFile());
  await earlier.store.start();
  expect((await earlier.imports.importText('mine.json', goodImportText)).accepted).toBe(true);
  await fakeBrowser.storage.local.set(SETTINGS);
  earlier.store.close();
});
afterEach(() => vi.restoreAllMocks());

/**
 * The warnings the background logs (the store's logger is the console), captured so that an
 * expected fault is asserted here rather than printed as a stack trace in a passing run.
 */
function captureWarnings() {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return () => warn.mock.calls.map((args) => args.map(String).join(' '));
}

/** What must survive every fault: the import's entries, its record, the settings. */
async function expectNothingLost(store: ReturnType<typeof createBackgroundData>['store']) {
  expect((await store.getEntry('karaganda'))?.id).toBe('karaganda');
  expect((await store.getEntry('wang-yi'))?.id).toBe('wang-yi');
  expect((await store.getStatus()).imported?.fileName).toBe('mine.json');
  expect(await fakeBrowser.storage.local.get('settings')).toEqual(SETTINGS);
}

/** Aborts the seed's transaction at its `n`th put, as `error` names (quota at commit, a kill). */
function failSeedAt(n: number, error?: DOMException) {
  const put = IDBObjectStore.prototype.put;
  let puts = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args
  ) {
    const request = put.apply(this, args);
    if (++puts === n) {
      if (error) Object.defineProperty(this.transaction, 'error', { value: error });
      this.transaction.abort();
    }
    return request;
  });
}

describe('data faults keep Qarina answering and lose nothing the reader made', () => {
  it('quota exceeded when the seed commits: bundled answers, import kept, repaired next start', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(KB_DB_NAME);
      request.onsuccess = () => resolve();
    });
    const warnings = captureWarnings();
    const quota = failSeedAt(5, new DOMException('Quota exceeded', 'QuotaExceededError'));
    const data = createBackgroundData(bundledFile());
    expect(await data.store.start()).toMatchObject({
      source: 'bundled',
      error: /QuotaExceededError/,
    });
    await expectNothingLost(data.store);
    data.store.close();

    expect(warnings()).toEqual([
      expect.stringMatching(
        /^\[qarina\] knowledge-base cache unavailable; answering from bundled data:/,
      ),
    ]);

    quota.mockRestore();
    const next = createBackgroundData(bundledFile());
    expect(await next.store.start()).toMatchObject({ source: 'cache' });
    await expectNothingLost(next.store);
    next.store.close();
    expect(warnings()).toHaveLength(1); // the repaired start warns no more
  });

  it('the worker stopping mid-seed: the next start seeds again, import kept', async () => {
    const warnings = captureWarnings();
    const killed = failSeedAt(3);
    const data = createBackgroundData(bundledFile());
    await data.store.seed({ force: true });
    await expectNothingLost(data.store);
    data.store.close();

    expect(warnings()).toEqual([
      expect.stringMatching(
        /cache unavailable; answering from bundled data: TransactionInactiveError/,
      ),
    ]);

    killed.mockRestore();
    const next = createBackgroundData(bundledFile());
    expect(await next.store.seed({ force: true })).toMatchObject({ source: 'cache' });
    await expectNothingLost(next.store);
    next.store.close();
    expect(warnings()).toHaveLength(1);
  });

  it('a database at an unknown schema version: repaired, import and settings kept', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(KB_DB_NAME);
      request.onsuccess = () => {
        const open = indexedDB.open(KB_DB_NAME, KB_DB_VERSION + 7);
        open.onsuccess = () => (open.result.close(), resolve());
      };
    });
    const warnings = captureWarnings();
    const data = createBackgroundData(bundledFile());
    expect(await data.store.start()).toMatchObject({ source: 'cache' });
    await expectNothingLost(data.store);
    data.store.close();
    expect(warnings()).toEqual([
      expect.stringMatching(/^\[qarina\] repairing the knowledge-base cache: VersionError/),
    ]);
  });

  it('two extension pages reading while the background repairs: both answer, repair completes', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(KB_DB_NAME);
      request.onsuccess = () => {
        const open = indexedDB.open(KB_DB_NAME, KB_DB_VERSION + 1);
        open.onsuccess = () => (open.result.close(), resolve());
      };
    });
    const warnings = captureWarnings();
    const data = createBackgroundData(bundledFile());
    // The popup and the options page open the cache while the background deletes and recreates it.
    const pages = [readCacheStatus(), readEntryFromCache('wang-yi')].map((p) =>
      p.then(
        () => 'answered',
        (error: unknown) => (error as Error).name,
      ),
    );
    const started = await data.store.start();
    const outcomes = await Promise.all(pages);
    // A page opened before the repair meets the unknown version (and asks the background
    // instead); never a hang, never a blocked repair.
    for (const outcome of outcomes) expect(['answered', 'VersionError']).toContain(outcome);
    expect(started).toMatchObject({ source: 'cache' });
    expect(await readEntryFromCache('wang-yi')).toMatchObject({ id: 'wang-yi' });
    await expectNothingLost(data.store);
    data.store.close();
    expect(warnings()).toEqual([
      expect.stringMatching(/repairing the knowledge-base cache: VersionError/),
    ]);
  });
});
