// @vitest-environment-options { "url": "chrome-extension://test-extension-id/popup.html" }
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createKnowledgeStore } from '../../../utils/cache/knowledge-store';
import { readCacheStatus, readEntryFromCache } from './page-read';
import { contentHash } from '../../../utils/knowledge-base/content-hash';
import { entry, knowledgeBase } from './fixtures';
import { freshIndexedDb } from './helpers';

const kb = knowledgeBase([entry('alpha'), entry('beta')]);

beforeEach(freshIndexedDb);

describe('reading the cache from an extension page', () => {
  it('reads an entry and the status from the cache the background filled', async () => {
    const background = createKnowledgeStore({ bundled: kb, logger: { warn: vi.fn() } });
    await background.start();

    expect(await readEntryFromCache('beta')).toEqual(entry('beta'));
    expect(await readEntryFromCache('nobody')).toBeUndefined();
    expect(await readCacheStatus()).toMatchObject({ version: contentHash(kb), entryCount: 2 });
    background.close();
  });

  it('reports an empty cache before the background seeded it', async () => {
    expect(await readCacheStatus()).toBeUndefined();
    expect(await readEntryFromCache('alpha')).toBeUndefined();
  });

  it('closes its connection when done, so an open popup holds nothing against an upgrade', async () => {
    const close = vi.spyOn(IDBDatabase.prototype, 'close');
    await readEntryFromCache('alpha');
    await readCacheStatus();
    expect(close).toHaveBeenCalledTimes(2);
  });

  it('rejects when IndexedDB is unavailable (the popup then asks the background)', async () => {
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    await expect(readEntryFromCache('alpha')).rejects.toThrow();
  });
});
