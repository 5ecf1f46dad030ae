// @vitest-environment-options { "url": "chrome-extension://test-extension-id/background.js" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { bucketCountFor } from '../../utils/cache/entry-buckets';
import { readEntryFromCache } from '../utils/cache/page-read';
import { seedCache } from '../../utils/cache/seed-cache';
import { contentHash } from '../../utils/knowledge-base/content-hash';
import { packageKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { bundled, entry, knowledgeBase } from '../utils/cache/fixtures';
import { dump, freshIndexedDb, overwriteCachedEntry, withDb } from '../utils/cache/helpers';

const first = bundled.entries[0]!;
const self = { id: fakeBrowser.runtime.id };

/** Sends a message to the background as a content script would, and resolves with the reply. */
function ask(message: unknown, sender: { id?: string } = self): Promise<unknown> {
  // The fake's trigger is typed without sendResponse, but passes every argument on.
  const deliver = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown;
  return new Promise((resolve) => void deliver(message, sender, resolve));
}

type InstalledDetails = Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0];
const install = (reason: 'install' | 'update') =>
  fakeBrowser.runtime.onInstalled.trigger({ reason } as InstalledDetails);

const cacheStatus = {
  ok: true,
  value: { source: 'cache', version: contentHash(bundled), entryCount: bundled.entries.length },
};

/** No-op stand-ins for the APIs the fake browser does not implement (commands, menus, tabs events). */
function stubUnimplementedApis() {
  const noop = () => {};
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(noop);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(noop);
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => {});
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
  vi.spyOn(fakeBrowser.contextMenus, 'update').mockImplementation(async () => {});
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(
    () => ({ manifest_version: 3 }) as ReturnType<typeof fakeBrowser.runtime.getManifest>,
  );
}

/** The package: the file the build emits, at the URL the background asks for. */
function servePackage() {
  const { info, text } = packageKnowledgeBase();
  const url = fakeBrowser.runtime.getURL(info.path as '/');
  return vi
    .spyOn(globalThis, 'fetch')
    .mockImplementation(async (input) =>
      String(input) === url ? new Response(text) : new Response('', { status: 404 }),
    );
}

let fetchSpy: ReturnType<typeof servePackage>;

beforeEach(() => {
  fakeBrowser.reset();
  fetchSpy = servePackage();
  freshIndexedDb();
  stubUnimplementedApis();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

// Let the worker's start settle (cache written, or given up with an error) while this test's
// stand-ins are still in place: a seed left running would fetch and warn after they are restored.
afterEach(async () => {
  await vi.waitFor(async () => {
    const status = (await ask({ type: 'getStatus' })) as { value: { source: string; error?: string } };
    expect(status.value.source === 'cache' || status.value.error !== undefined).toBe(true);
  });
});

describe('background', () => {
  it('seeds the cache on install, and an extension page reads the entry it wrote', async () => {
    background.main();
    await install('install');

    expect(await ask({ type: 'getStatus' })).toEqual(cacheStatus);
    expect(await readEntryFromCache(first.id)).toEqual(first);
  });

  it('wakes to a current cache and answers from it without loading the bundled file', async () => {
    await withDb((db) => seedCache(db, bundled, contentHash(bundled)));
    await withDb((db) => overwriteCachedEntry(db, entry(first.id, 'From the cache.')));

    background.main();

    expect(await ask({ type: 'getEntry', id: first.id })).toEqual({
      ok: true,
      value: entry(first.id, 'From the cache.'),
    });
    expect(await ask({ type: 'getStatus' })).toEqual(cacheStatus);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('answers lookups from the bundled data before the cache is ready', async () => {
    background.main();

    expect(await ask({ type: 'getEntry', id: first.id })).toEqual({ ok: true, value: first });
    expect(await ask({ type: 'getStatus' })).toMatchObject({ value: { source: 'bundled' } });
  });

  it('re-seeds on start when the stored data version differs, leaving nothing stale', async () => {
    const old = knowledgeBase([entry('stale-entry')]);
    await withDb((db) => seedCache(db, old, contentHash(old)));

    background.main();

    await vi.waitFor(async () => expect(await ask({ type: 'getStatus' })).toEqual(cacheStatus));
    const stored = await withDb(dump);
    expect(stored.ids).toEqual(bundled.entries.map((e) => e.id).sort());
    expect(await ask({ type: 'getEntry', id: 'stale-entry' })).toEqual({ ok: true, value: null });
  });

  it('rewrites the cache on update even when the data version is unchanged', async () => {
    // The previous build's worker stored this version; its records may differ from this build's.
    await withDb((db) => seedCache(db, bundled, contentHash(bundled)));
    await withDb((db) => overwriteCachedEntry(db, entry(first.id, 'Stored by the old build.')));

    background.main();
    // The start found the version current, so it wrote nothing: the update must rewrite.
    expect(await ask({ type: 'getStatus' })).toEqual(cacheStatus);
    await install('update');

    expect(await readEntryFromCache(first.id)).toEqual(first);
  });

  it('writes the cache once when install arrives after the start has seeded it', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    background.main();
    await vi.waitFor(async () => expect(await ask({ type: 'getStatus' })).toEqual(cacheStatus));

    await install('install');

    const oneSeed =
      bucketCountFor(bundled.entries.length) + Object.keys(bundled.sources).length + 1;
    expect(put).toHaveBeenCalledTimes(oneSeed);
    expect(await ask({ type: 'getStatus' })).toEqual(cacheStatus);
  });

  it('answers getEntries in the order asked', async () => {
    background.main();
    await install('install');

    expect(await ask({ type: 'getEntries', ids: ['nobody', first.id] })).toEqual({
      ok: true,
      value: [first],
    });
  });

  it('answers from the bundled data when IndexedDB is unavailable', async () => {
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    background.main();
    await install('install');

    expect(await ask({ type: 'getStatus' })).toMatchObject({
      ok: true,
      value: { source: 'bundled', version: contentHash(bundled), error: expect.any(String) },
    });
    expect(await ask({ type: 'getEntry', id: first.id })).toEqual({ ok: true, value: first });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('answers malformed messages and other senders with an error, never a throw', async () => {
    background.main();

    expect(await ask({ type: 'getEntry' })).toEqual({ ok: false, error: 'malformed request' });
    expect(await ask('hello')).toEqual({ ok: false, error: 'malformed request' });
    expect(await ask({ type: 'getStatus' }, { id: 'another-extension' })).toEqual({
      ok: false,
      error: 'unknown sender',
    });
    expect(console.warn).toHaveBeenCalledTimes(3);
  });
});
