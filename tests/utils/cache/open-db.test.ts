// @vitest-environment-options { "url": "chrome-extension://test-extension-id/popup.html" }
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DATA_VERSION_KEY,
  KB_DB_NAME,
  KB_DB_VERSION,
  isExtensionContext,
  openKnowledgeDb,
} from '../../../utils/cache/open-db';
import { entry, source } from './fixtures';
import { freshIndexedDb } from './helpers';

beforeEach(freshIndexedDb);

/** Opens the database at `version` with the raw API, as another build or context would. */
function rawOpen(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(KB_DB_NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('blocked by an open connection'));
  });
}

describe('openKnowledgeDb', () => {
  it('creates the buckets, sources and meta stores at the current version', async () => {
    const db = await openKnowledgeDb();
    expect(db.version).toBe(KB_DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['buckets', 'meta', 'sources']);
    db.close();
  });

  it('upgrades a version 1 cache (one record per entry): old records and data version go', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(KB_DB_NAME, 1);
      request.onupgradeneeded = () => {
        const v1 = request.result;
        v1.createObjectStore('entries', { keyPath: 'id' }).put(entry('alpha'));
        v1.createObjectStore('sources').put(source('One'), 'S1');
        v1.createObjectStore('meta').put({ version: 'v1', entryCount: 1 }, DATA_VERSION_KEY);
      };
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
    });

    const db = await openKnowledgeDb();
    expect([...db.objectStoreNames]).toEqual(['buckets', 'meta', 'sources']);
    // No data version: the next start seeds the bucketed form.
    expect(await db.get('meta', DATA_VERSION_KEY)).toBeUndefined();
    db.close();
  });

  it('gives two contexts opening at once each a working connection to one database', async () => {
    const [background, popup] = await Promise.all([openKnowledgeDb(), openKnowledgeDb()]);
    await background.put('sources', source('One'), 'S1');
    expect(await popup.get('sources', 'S1')).toEqual(source('One'));
    background.close();
    popup.close();
  });

  it('closes itself when another context upgrades the database, instead of blocking it', async () => {
    const onClosed = vi.fn();
    await openKnowledgeDb({ onClosed });

    const newer = await rawOpen(KB_DB_VERSION + 1);

    expect(newer.version).toBe(KB_DB_VERSION + 1);
    expect(onClosed).toHaveBeenCalledWith('versionchange');
    newer.close();
  });

  it('rejects with a VersionError when a newer build left the database at a higher version', async () => {
    (await rawOpen(KB_DB_VERSION + 1)).close();
    await expect(openKnowledgeDb()).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('refuses to open from a web page (a content script shares the page origin)', async () => {
    const extensionPage = globalThis.location;
    vi.stubGlobal('location', new URL('https://news.example/article'));
    try {
      expect(isExtensionContext()).toBe(false);
      await expect(openKnowledgeDb()).rejects.toThrow(/only from extension pages/);
    } finally {
      vi.stubGlobal('location', extensionPage);
    }
  });

  it('opens from the extension origin (background, popup, options)', () => {
    expect(isExtensionContext()).toBe(true);
  });
});
